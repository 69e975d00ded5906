from lxml import etree


def bad(text):
    # ruleid: python-lxml-resolve-entities
    parser = etree.XMLParser(resolve_entities=True)
    return etree.fromstring(text, parser)


def good(text):
    # ok: python-lxml-resolve-entities
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(text, parser)
