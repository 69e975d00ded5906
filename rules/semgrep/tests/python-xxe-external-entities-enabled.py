from xml.dom.pulldom import parseString
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges, feature_namespaces

import xmltodict
from lxml import etree


def parse(body):
    parser = make_parser()
    # ruleid: python-xxe-external-entities-enabled
    parser.setFeature(feature_external_ges, True)
    # ok: python-xxe-external-entities-enabled
    parser.setFeature(feature_namespaces, True)
    # ok: python-xxe-external-entities-enabled
    parser.setFeature(feature_external_ges, False)
    doc = parseString(body, parser=parser)
    # ruleid: python-xxe-external-entities-enabled
    lx = etree.XMLParser(load_dtd=True, no_network=False)
    # ruleid: python-xxe-external-entities-enabled
    d = xmltodict.parse(body, disable_entities=False)
    # ok: python-xxe-external-entities-enabled
    d2 = xmltodict.parse(body)
    return doc, lx, d, d2
