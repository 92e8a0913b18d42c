import CLibXML2

/// An HTML page parsed by libxml2's HTML parser (which repairs tag soup as browsers do), copied
/// into plain Swift values: elements with lowercase names and attributes, and text. Comments,
/// processing instructions and the like are dropped.
public indirect enum HTMLNode: Sendable {
    case element(name: String, attributes: [String: String], children: [HTMLNode])
    case text(String)

    /// Nesting deeper than this is cut off (its text kept, flattened), so no input can exhaust
    /// the stack of the tree walks.
    static let maxDepth = 256

    /// Parses UTF-8 HTML. Never fails: what libxml2 cannot make sense of is an empty tree.
    public static func parse(utf8 bytes: [UInt8]) -> HTMLNode {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return .element(name: "#document", attributes: [:], children: []) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else { return .element(name: "#document", attributes: [:], children: []) }
        defer { xmlFreeDoc(document) }
        var children: [HTMLNode] = []
        var node = document.pointee.children
        while let current = node {
            if let converted = convert(current, depth: 0) { children.append(converted) }
            node = current.pointee.next
        }
        return .element(name: "#document", attributes: [:], children: children)
    }

    private static func convert(_ node: xmlNodePtr, depth: Int) -> HTMLNode? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return node.pointee.content.map { .text(String(cString: $0)) }
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            var attributes: [String: String] = [:]
            var attribute = node.pointee.properties
            while let current = attribute {
                if let key = current.pointee.name.map({ String(cString: $0).lowercased() }) {
                    var value = ""
                    var child = current.pointee.children
                    while let text = child {
                        if let content = text.pointee.content { value += String(cString: content) }
                        child = text.pointee.next
                    }
                    attributes[key] = value
                }
                attribute = current.pointee.next
            }
            var children: [HTMLNode] = []
            var child = node.pointee.children
            while let current = child {
                if depth >= maxDepth {
                    if let content = xmlNodeGetContentString(current) { children.append(.text(content)) }
                } else if let converted = convert(current, depth: depth + 1) {
                    children.append(converted)
                }
                child = current.pointee.next
            }
            return .element(name: name, attributes: attributes, children: children)
        default:
            return nil
        }
    }

    /// The text below a node, gathered without recursion.
    private static func xmlNodeGetContentString(_ node: xmlNodePtr) -> String? {
        var text = ""
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                text += String(cString: content)
            } else if current.pointee.type == XML_ELEMENT_NODE {
                var children: [xmlNodePtr] = []
                var child = current.pointee.children
                while let c = child { children.append(c); child = c.pointee.next }
                stack += children.reversed()
            }
        }
        return text.isEmpty ? nil : text
    }

    /// The element's name, or nil for text.
    public var name: String? {
        if case .element(let name, _, _) = self { return name }
        return nil
    }

    /// An attribute's value, or nil.
    public func attribute(_ key: String) -> String? {
        if case .element(_, let attributes, _) = self { return attributes[key] }
        return nil
    }

    public var children: [HTMLNode] {
        if case .element(_, _, let children) = self { return children }
        return []
    }

    /// All text below this node, in order.
    public var textContent: String {
        switch self {
        case .text(let text): return text
        case .element(_, _, let children): return children.map(\.textContent).joined()
        }
    }

    /// Every element below this node (itself included) in document order.
    public func elements(where predicate: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        func walk(_ node: HTMLNode) {
            guard case .element(_, _, let children) = node else { return }
            if predicate(node) { found.append(node) }
            children.forEach(walk)
        }
        walk(self)
        return found
    }
}
