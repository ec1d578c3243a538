import CLibXML2

/// The article text of an HTML page, through libxml2's HTML parser.
///
/// Scripts, styles, navigation, headers, footers and forms are dropped; when
/// the page has an `<article>` or `<main>` element only that is kept. Block
/// elements become paragraphs. The result is in the corpus layout: the page
/// title, a blank line, then the paragraphs separated by blank lines.
enum HTMLText {
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
        "svg", "button", "select", "template", "menu", "head",
    ]
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article", "main", "blockquote", "tr", "table", "figcaption", "figure", "dd", "dt", "pre",
    ]

    static func plainText(fromHTML html: String) -> String {
        var utf8 = Array(html.utf8)
        if utf8.isEmpty { return "" }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let count = Int32(clamping: utf8.count)
        guard let document = utf8.withUnsafeMutableBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, count, nil, "UTF-8", options)
            }
        }) else { return "" }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return "" }

        let title = firstText(named: "title", in: root) ?? firstText(named: "h1", in: root) ?? ""
        let content = firstElement(named: "article", in: root) ?? firstElement(named: "main", in: root) ?? root
        var paragraphs: [String] = []
        var current = ""
        collect(content, into: &paragraphs, current: &current)
        flush(&current, into: &paragraphs)
        if let first = paragraphs.first, first == title { paragraphs.removeFirst() }
        return ([title] + paragraphs).joined(separator: "\n\n") + "\n"
    }

    private static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    private static func collect(_ node: xmlNodePtr, into paragraphs: inout [String], current: inout String) {
        var child = node.pointee.children
        while let next = child {
            defer { child = next.pointee.next }
            switch next.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = next.pointee.content { current += String(cString: content) }
            case XML_ELEMENT_NODE:
                let tag = name(of: next)
                if skipped.contains(tag) { continue }
                let isBlock = blocks.contains(tag)
                if isBlock { flush(&current, into: &paragraphs) }
                collect(next, into: &paragraphs, current: &current)
                if isBlock { flush(&current, into: &paragraphs) }
            default:
                continue
            }
        }
    }

    private static func flush(_ current: inout String, into paragraphs: inout [String]) {
        let collapsed = current.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if !collapsed.isEmpty { paragraphs.append(collapsed) }
        current = ""
    }

    private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { bilat_xml_free(value) }
        return String(cString: value)
    }

    private static func firstElement(named tag: String, in node: xmlNodePtr) -> xmlNodePtr? {
        var child = node.pointee.children
        while let next = child {
            if next.pointee.type == XML_ELEMENT_NODE {
                if name(of: next) == tag { return next }
                if let found = firstElement(named: tag, in: next) { return found }
            }
            child = next.pointee.next
        }
        return nil
    }

    private static func firstText(named tag: String, in node: xmlNodePtr) -> String? {
        guard let element = firstElement(named: tag, in: node), let content = xmlNodeGetContent(element) else {
            return nil
        }
        defer { bilat_xml_free(content) }
        let text = String(cString: content).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return text.isEmpty ? nil : text
    }
}
