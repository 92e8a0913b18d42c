import Testing
@testable import VietText

@Suite("Chunks")
struct ChunkerTests {
    static let table = VietTextResources.table("chunk-words.tsv")
    static let rows = table?.rows ?? []

    static func document(_ text: String) -> Document {
        Document(text: text, date: CivilDate(year: 2025, month: 10, day: 20)!)
    }

    /// Each chunk as "KIND text", for reading failures.
    static func shape(_ doc: Document) -> [String] {
        doc.chunks.map { c in
            "\(c.kind) " + doc.text(Span(doc.tokens[c.tokens.lowerBound].span.start, doc.tokens[c.tokens.upperBound - 1].span.end))
        }
    }

    static func chunk(_ doc: Document, _ text: String) -> (Int, Chunk)? {
        let shapes = shape(doc)
        guard let k = shapes.firstIndex(where: { $0.hasSuffix(" " + text) && $0.split(separator: " ", maxSplits: 1)[1] == text }) else { return nil }
        return (k, doc.chunks[k])
    }

    @Test("the data table has rows, each of a class the chunker reads")
    func classes() {
        #expect(Self.rows.count >= 15)
        for row in Self.rows {
            #expect(Chunker.WordClass(rawValue: row[0]) != nil, "unknown class \(row[0])")
        }
    }

    @Test("every row's example contains its words, and the chunker gives each the chunk its class names", arguments: rows)
    func row(_ row: [String]) throws {
        let wordClass = try #require(Chunker.WordClass(rawValue: row[0]))
        let doc = Self.document(row[3])
        let keys = doc.tokenKeys
        for word in row[1].split(separator: "|") {
            let words = word.split(separator: " ").map { WordKey.lowered(String($0)) }
            let at = (0..<max(0, keys.count - words.count + 1)).first { k in (0..<words.count).allSatisfy { keys[k + $0] == words[$0] } }
            let k = try #require(at, "\(row[0]): “\(word)” is not in its example")
            let c = try #require(doc.chunkIndex(ofToken: k))
            let chunk = doc.chunks[c]
            let where_ = "\(row[0]): “\(word)” in \(Self.shape(doc)[c])"
            switch wordClass {
            case .classifier, .determiner, .title, .nounHead:
                #expect(chunk.kind == .noun, "\(where_)")
            case .past, .progressive, .future, .negation, .modal, .aspect, .passive:
                #expect(chunk.kind == .verb && chunk.markers.contains(k), "\(where_)")
            case .reporting:
                #expect(chunk.kind == .verb && chunk.features.contains(.reporting), "\(where_)")
            case .preposition, .possessive, .agent:
                #expect(chunk.kind == .preposition && chunk.tokens.lowerBound == k, "\(where_)")
            case .subordinator, .conjunction, .relative, .complementizer:
                #expect(chunk.kind == .boundary, "\(where_)")
            case .link:
                #expect(chunk.kind == .link, "\(where_)")
            case .content:
                #expect(chunk.kind != .boundary && chunk.kind != .preposition, "\(where_)")
            }
        }
    }

    @Test("subject, verb group with its markers, prepositions and their objects")
    func simpleClause() throws {
        let doc = Self.document("Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản tại Hà Nội.")
        #expect(Self.shape(doc) == [
            "noun Thủ tướng Phạm Minh Chính", "verb đã điện đàm", "preposition với", "noun Thủ tướng Nhật Bản",
            "preposition tại", "noun Hà Nội", "boundary .",
        ])
        let (_, verb) = try #require(Self.chunk(doc, "đã điện đàm"))
        #expect(verb.features.contains(.past))
        #expect(verb.head == verb.tokens.lowerBound + 1)
        let (p, _) = try #require(Self.chunk(doc, "với"))
        let (_, partner) = try #require(Self.chunk(doc, "Thủ tướng Nhật Bản"))
        #expect(partner.attachment == p)
        #expect(partner.features.contains(.titled) && partner.features.contains(.named))
        #expect(Set(doc.chunks.dropLast().map(\.clause)).count == 1)
    }

    @Test("a passive marker before its agent, and the agent's verb")
    func passive() throws {
        let doc = Self.document("Ukraine bị Nga tấn công dữ dội.")
        #expect(Self.shape(doc) == ["noun Ukraine", "verb bị", "noun Nga", "verb tấn công dữ dội", "boundary ."])
        let (_, marker) = try #require(Self.chunk(doc, "bị"))
        #expect(marker.features.contains(.passive) && marker.head == nil)
        let agent = try #require(Self.document("Cây cầu được xây dựng bởi công ty Hòa Bình.").chunks.first { $0.kind == .preposition })
        #expect(agent.features.contains(.agent))
    }

    @Test("a possessor after 'của' and a classified event noun")
    func possessor() throws {
        let doc = Self.document("Chuyến thăm của Tổng thống Pháp tới Ấn Độ kết thúc hôm qua.")
        let (n, visit) = try #require(Self.chunk(doc, "Chuyến thăm"))
        #expect(visit.features.contains(.classified))
        let (p, of) = try #require(Self.chunk(doc, "của"))
        #expect(of.features.contains(.possessive) && of.attachment == n)
        let (_, owner) = try #require(Self.chunk(doc, "Tổng thống Pháp"))
        #expect(owner.attachment == p)
    }

    @Test("an apposition between commas glosses the noun phrase before it")
    func apposition() throws {
        let doc = Self.document("Ông Sergey Lavrov, Ngoại trưởng Nga, cho biết hai bên sẽ gặp lại.")
        let (n, _) = try #require(Self.chunk(doc, "Ông Sergey Lavrov"))
        let (_, gloss) = try #require(Self.chunk(doc, "Ngoại trưởng Nga"))
        #expect(gloss.features.contains(.apposition) && gloss.attachment == n)
        let (_, says) = try #require(Self.chunk(doc, "cho biết"))
        #expect(says.features.contains(.reporting))
        let (_, will) = try #require(Self.chunk(doc, "sẽ gặp lại"))
        #expect(will.features.contains(.future) && will.clause > says.clause)
        // Without the second comma it is no apposition.
        let other = Self.document("Ông Sergey Lavrov, Ngoại trưởng Nga cho biết hai bên sẽ gặp lại.")
        #expect(!other.chunks.contains { $0.features.contains(.apposition) })
    }

    @Test("subordinators and conjunctions open new clauses; a negation marks its verb group")
    func clauses() throws {
        let doc = Self.document("Nga không rút quân sau khi Mỹ cảnh báo, nhưng Ukraine vẫn chờ.")
        let (_, nga) = try #require(Self.chunk(doc, "Nga"))
        let (_, verb) = try #require(Self.chunk(doc, "không rút quân"))
        #expect(verb.features.contains(.negated))
        let (_, my) = try #require(Self.chunk(doc, "Mỹ"))
        let (_, ukraine) = try #require(Self.chunk(doc, "Ukraine"))
        #expect(nga.clause == verb.clause)
        #expect(my.clause > nga.clause && ukraine.clause > my.clause)
        #expect(doc.chunks.contains { $0.kind == .boundary && $0.features.contains(.subordinator) })
        #expect(doc.chunks.contains { $0.kind == .boundary && $0.features.contains(.conjunction) })
    }

    @Test("text typed without diacritics is chunked by folded words")
    func unaccented() throws {
        let doc = Self.document("Thu tuong Nhat Ban da dien dam voi Tong thong My ve thue quan va an ninh khu vuc trong ngay hom qua.")
        #expect(doc.isUnaccented)
        let (_, verb) = try #require(Self.chunk(doc, "da dien dam"))
        #expect(verb.features.contains(.past))
        #expect(try #require(Self.chunk(doc, "voi")).1.kind == .preposition)
    }

    @Test("chunks cover every token once, in order, also in text without punctuation")
    func coverage() {
        let words = ["Nga", "đã", "tấn", "công", "các", "thành", "phố", "của", "Ukraine", "và", "Mỹ", "cảnh", "báo", "rằng", "sẽ", "trừng", "phạt", "với", "bị", "tại"]
        var text = ""
        var seed: UInt64 = 7
        for _ in 0..<3000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            text += words[Int(seed >> 33) % words.count] + " "
        }
        let doc = Self.document(text)
        var next = 0
        for c in doc.chunks {
            #expect(c.tokens.lowerBound == next && !c.tokens.isEmpty)
            if let h = c.head { #expect(c.tokens.contains(h)) }
            if let a = c.attachment { #expect(a >= 0 && a < doc.chunks.count) }
            next = c.tokens.upperBound
        }
        #expect(next == doc.tokens.count)
    }
}
