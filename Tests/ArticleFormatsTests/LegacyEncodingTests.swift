import Foundation
import Testing
import VietText
@testable import ArticleFormats

@Suite("Legacy Vietnamese encodings")
struct LegacyEncodingTests {
    /// Every Vietnamese letter with every tone, lower and upper case, and đ/Đ.
    static let allLetters: [String] = {
        var letters = ["đ", "Đ"]
        for vowel in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] {
            for tone in ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"] {
                let letter = VietNormalizer.nfc(vowel + tone)
                letters += [letter, letter.uppercased()]
            }
        }
        return letters
    }()

    @Test("every letter with every tone, both cases, round-trips", arguments: LegacyEncoding.allCases)
    func roundTrip(encoding: LegacyEncoding) throws {
        #expect(Self.allLetters.count == 12 * 6 * 2 + 2)
        // The VPS chart has no capital O with circumflex and tilde; every other letter is there.
        let missing: Set<String> = encoding == .vps ? ["Ỗ"] : []
        for letter in missing { #expect(encoding.encode(letter) == nil) }
        for letter in Self.allLetters where !missing.contains(letter) {
            let bytes = try #require(encoding.encode(letter), "\(encoding) cannot write \(letter)")
            #expect(encoding.decode(bytes) == letter, "\(encoding): \(letter) → \(bytes) → \(encoding.decode(bytes))")
        }
        let sentence = "Ngoại trưởng Việt Nam ĐÃ KÝ hiệp định ở Hà Nội: “Chúng tôi ủng hộ hòa bình”."
        let plain = sentence.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
        let bytes = try #require(encoding.encode(plain))
        #expect(encoding.decode(bytes) == plain)
    }

    @Test("known bytes from the published charts")
    func chartBytes() {
        #expect(LegacyEncoding.tcvn3.decode([0x56, 0x69, 0xD6, 0x74]) == "Việt")
        #expect(LegacyEncoding.vni.decode([0x56, 0x69, 0x65, 0xE4, 0x74]) == "Việt")
        #expect(LegacyEncoding.vni.decode([0xD1, 0x61, 0xF8]) == "Đà")
        #expect(LegacyEncoding.viscii.decode([0x56, 0x69, 0xAE, 0x74]) == "Việt")
        #expect(LegacyEncoding.cp1258.decode([0x56, 0x69, 0xEA, 0xF2, 0x74]) == "Việt")
        #expect(LegacyEncoding.vps.decode([0x02]) == "Ạ")
    }

    @Test("an example article in each encoding is detected and read back exactly",
          arguments: LegacyEncoding.allCases)
    func detection(encoding: LegacyEncoding) throws {
        for name in try Fixtures.examples() {
            let text = try Fixtures.example(name).paragraphs.joined(separator: "\n\n")
            let bytes = try #require(encoding.encode(text), "\(name) is not writable in \(encoding)")
            #expect(EncodingDetector.detect(bytes) == encoding, "\(name) in \(encoding)")
            let decoded = try TextDecoding.decode(bytes, encoding: .auto).get()
            #expect(decoded.legacy == encoding)
            #expect(decoded.text == VietNormalizer.nfc(text))
        }
    }

    static let westernTexts = [
        "Le président de la République a reçu hier à l'Élysée le chancelier allemand. Les deux dirigeants ont évoqué la guerre en Ukraine, l'aide militaire européenne et la sécurité énergétique. « Nous devons être unis », a déclaré le chef de l'État français, qui se rendra à Kiev le mois prochain. Selon l'entourage du président, une conférence des donateurs aura lieu à Paris en décembre, où les ministres des Affaires étrangères présenteront un plan de reconstruction.",
        "Der Bundeskanzler traf am Dienstag in Berlin mit dem französischen Präsidenten zusammen. Beide Politiker sprachen über die Lage in der Ukraine, über Waffenlieferungen und über die Energieversorgung im Winter. „Wir müssen gemeinsam handeln“, sagte er nach dem Gespräch. Die Außenminister sollen in der nächsten Woche in Brüssel über weitere Maßnahmen beraten; eine Einigung über die Finanzierung gilt als schwierig, weil mehrere Länder Bedenken äußern.",
        "El presidente del Gobierno español se reunió ayer en Madrid con el primer ministro portugués. Ambos líderes hablaron sobre la situación en Oriente Próximo, la cooperación energética y la migración. «Tenemos que avanzar juntos», afirmó tras la reunión, según informó la agencia EFE. La próxima cumbre bilateral se celebrará en Lisboa en otoño, cuando los ministros de Economía firmarán un acuerdo sobre las interconexiones eléctricas.",
        "O ministro dos Negócios Estrangeiros português visitou ontem Luanda, onde se reuniu com o seu homólogo angolano. Os dois governantes discutiram a cooperação económica, a língua comum e a situação na região. “É um momento histórico para as nossas relações”, disse o ministro à saída do encontro, acrescentando que a comissão bilateral voltará a reunir-se em Lisboa no próximo ano.",
    ]

    @Test("Latin-1 and Windows-1252 text is never taken for Vietnamese", arguments: westernTexts)
    func western(text: String) throws {
        for encoding in [String.Encoding.isoLatin1, .windowsCP1252] {
            guard let data = text.data(using: encoding) else { continue }
            let bytes = Array(data)
            #expect(EncodingDetector.detect(bytes) == nil, "\(encoding): \(LegacyEncoding.allCases.map { EncodingDetector.score(bytes, as: $0) })")
            guard case .failure(let failure) = TextDecoding.decode(bytes, encoding: .auto) else {
                Issue.record("decoded \(encoding) text")
                continue
            }
            #expect(failure.message.hasPrefix("not UTF-8 (invalid byte 0x"))
        }
    }

    @Test("UTF-8 with one broken byte stays an error with its offset")
    func brokenUTF8() throws {
        var bytes = Array(try Fixtures.example("02-khong-kich-gaza.txt").paragraphs.joined(separator: "\n\n").utf8)
        bytes[100] = 0xFF
        guard case .failure(let failure) = TextDecoding.decode(bytes, encoding: .auto) else {
            Issue.record("accepted broken UTF-8")
            return
        }
        #expect(failure.message.contains("at offset 100"))
    }

    @Test("a forced encoding is used as is; UTF-8 input stays UTF-8 under auto")
    func forced() throws {
        let bytes = try #require(LegacyEncoding.vni.encode("Việt Nam"))
        #expect(try TextDecoding.decode(bytes, encoding: .legacy(.vni)).get().text == "Việt Nam")
        #expect(try TextDecoding.decode(Array("Việt Nam".utf8), encoding: .auto).get().legacy == nil)
        #expect(InputEncoding(name: "TCVN3") == .legacy(.tcvn3) && InputEncoding(name: "windows-1258") == .legacy(.cp1258))
        #expect(InputEncoding(name: "latin1") == nil)
    }
}
