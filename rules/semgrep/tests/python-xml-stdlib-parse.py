import xml.etree.ElementTree as ET
from xml.dom import minidom

import defusedxml.ElementTree


def bad(text, path):
    # ruleid: python-xml-stdlib-parse
    root = ET.fromstring(text)
    # ruleid: python-xml-stdlib-parse
    doc = minidom.parse(path)
    return root, doc


def good(text):
    # ok: python-xml-stdlib-parse
    root = defusedxml.ElementTree.fromstring(text)
    # ok: python-xml-stdlib-parse
    element = ET.Element("root")
    return root, element
