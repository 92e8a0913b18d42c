import VietText

/// Finds the people, organizations and countries of an article, resolves every later mention to
/// its actor ("ông Lavrov", "Tổng thống Putin", "nhà lãnh đạo Nga", "chủ nhân Nhà Trắng") and
/// gives each its canonical name, kind, role and country.
///
/// Left to right over each sentence, at each token the first of: a title and what follows it
/// (country, organization, name), an honorific and a name, a descriptive reference ("nhà lãnh
/// đạo Nga"), a known office holder's name, an organization, a country, a capital that acts for
/// its government. Photo credits "(Ảnh: Reuters)" are skipped.
public final class ActorTagger: Sendable {
    let lexicon: ActorLexicon

    public static let standard = ActorTagger()

    public init() {
        lexicon = .standard
    }

    /// The tables a user lexicon can extend (file names).
    public static var extensibleTables: [String] { ActorLexicon.tableNames }

    /// The compiled tables extended with the rows of `user` (see `ActorLexicon.tableNames`);
    /// throws on the first bad row, naming its file and line.
    public init(lexicon user: UserLexicon) throws(LexiconError) {
        lexicon = try ActorLexicon.load(user)
    }

    /// The actors of a document, each with its mentions, in order of first mention.
    public func tag(_ document: Document) -> [Actor] {
        let t = ActorTokens(document)
        var registry = ActorRegistry(date: document.date, lexicon: lexicon)
        for sentence in document.sentences {
            var i = sentence.tokens.lowerBound
            if i == 0, let after = outletTag(t, limit: sentence.tokens.upperBound) { i = after }
            let end = sentence.tokens.upperBound
            registry.sentenceStart = sentence.span.start
            while i < end {
                if let skip = captionEnd(t, at: i, limit: end) {
                    i = skip
                    continue
                }
                i = step(t, at: i, limit: end, &registry) ?? i + 1
            }
        }
        return registry.actors
    }

    /// The country whose capital is written at token `i` ("Kiev", "Bangkok"), even where the
    /// capital is only a place and no actor: a visit to the capital is a visit to the country.
    public func capitalCountry(_ document: Document, at i: Int, limit: Int) -> String? {
        guard i < limit, let (country, _) = lexicon.countries.match(ActorTokens(document), at: i, limit: limit),
              country.isCapital, country.code != "-" else { return nil }
        return country.code
    }

    /// The end of a country's name or capital written at token `i` ("Ả rập Xê út", "Kiev").
    public func countryEnd(_ document: Document, at i: Int, limit: Int) -> Int? {
        guard i < limit, let (country, end) = lexicon.countries.match(ActorTokens(document), at: i, limit: limit), country.code != "-" else { return nil }
        return end
    }

    /// One reading at token `i`; the token after it, or nil when nothing starts here.
    func step(_ t: ActorTokens, at i: Int, limit: Int, _ r: inout ActorRegistry) -> Int? {
        guard t.capitalized(i) || (t.unaccented ? lexicon.foldedStarters.contains(t.folded[i]) : lexicon.starters.contains(t.lowered[i])) else {
            return nil
        }
        if let next = titled(t, at: i, limit: limit, &r) { return next }
        if let next = descriptive(t, at: i, limit: limit, &r) { return next }
        if let (h, next) = lexicon.holderNames.match(t, at: i, limit: limit) {
            let holder = lexicon.holders[h]
            r.person(holder.name, role: holder.holds(on: r.date) ? holder.title : nil, country: holder.country, span: t.span(i, next))
            return next
        }
        if let next = introduced(t, at: i, limit: limit, &r) { return next }
        if let next = bareVietnameseName(t, at: i, limit: limit, &r) { return next }
        if let next = organization(t, at: i, limit: limit, &r)?.end { return next }
        if let (country, next) = lexicon.countries.match(t, at: i, limit: limit) {
            if country.code == "-" || (country.isCapital && isLocation(t, before: i)) { return next }
            r.country(country.code, span: t.span(i, next))
            return next
        }
        if let next = shapedGroup(t, at: i, limit: limit, &r) { return next }
        return bareForeignName(t, at: i, limit: limit, &r)
    }

    // MARK: Titles and names

    private func titled(_ t: ActorTokens, at i: Int, limit: Int, _ r: inout ActorRegistry) -> Int? {
        var start = i
        var deputy = false
        if t.isWord(i, Words.phó), t.capitalized(i) || true {
            deputy = true
            start = i + 1
        }
        guard let (title, afterTitle) = lexicon.titles.match(t, at: start, limit: limit) else { return nil }
        // "Đại sứ quán" is an organization, not the title "Đại sứ".
        if let (_, headEnd) = lexicon.heads.match(t, at: start, limit: limit), headEnd > afterTitle { return nil }
        var role = (deputy ? "Phó " : "") + t.text(start, afterTitle)
        var j = afterTitle
        var country: String?
        var possessed = false
        var sawOrganization = false
        if title.honorific {
            let woman = t.isWord(start, Words.bà)
            guard lexicon.notNames.match(t, at: j, limit: limit) == nil, let nameEnd = name(t, at: j, limit: limit) else {
                // A bare "ông"/"bà" after a named person refers to that person.
                if !t.isWord(j, Words.ấy), r.pronoun(woman: woman, span: t.span(start, afterTitle)) != nil { return afterTitle }
                return nil
            }
            let id = r.person(t.text(j, nameEnd), role: nil, country: nil, span: t.span(i, nameEnd))
            if woman { r.markWoman(id) }
            return nameEnd
        }
        if title.takesMinistry, let (field, next) = lexicon.ministries.match(t, at: j, limit: limit) {
            role += " " + field
            j = next
        }
        for _ in 0..<4 {
            if let (c, next) = lexicon.countries.match(t, at: j, limit: limit), c.code != "-" {
                r.country(c.code, span: t.span(j, next))
                country = country ?? c.code
                j = next
            } else if let org = organization(t, at: j, limit: limit, &r) {
                sawOrganization = true
                role += " " + t.text(j, org.end).replacingOccurrences(of: " (", with: "").replacingOccurrences(of: ")", with: "")
                country = country ?? org.country
                j = org.end
            } else if let (place, next) = Gazetteer.standard.place(t, at: j, limit: limit), name(t, at: next, limit: limit) != nil {
                // "Thị trưởng Los Angeles Karen Bass", "Thống đốc bang California Gavin Newsom":
                // the place is part of the title, its state the person's country.
                role += " " + t.text(j, next)
                country = country ?? place.country
                j = next
            } else if let skip = modifierSkip(t, at: j, limit: limit) {
                j = skip  // "thủ lĩnh chính trị Hamas", "chính trị gia đối lập Nga"
                continue
            } else if t.isWord(j, Words.tại), let (c, next) = lexicon.countries.match(t, at: j + 1, limit: limit), c.code != "-" {
                if !c.isCapital { r.country(c.code, span: t.span(j + 1, next)) }
                j = next
            } else if t.isWord(j, Words.của), let (next, owner) = possessor(t, at: j + 1, limit: limit, &r) {
                // "Thứ trưởng Ngoại giao của chính quyền Houthi Hussein al-Ezzi": the title
                // holder serves the possessor's country.
                possessed = true
                j = next
                country = country ?? owner
            } else {
                break
            }
        }
        // "đặc phái viên của ông Trump là Steve Witkoff".
        if possessed, t.isWord(j, Words.là), name(t, at: j + 1, limit: limit) != nil { j += 1 }
        if let nameEnd = name(t, at: j, limit: limit) {
            r.person(t.text(j, nameEnd), role: role, country: country, span: t.span(i, nameEnd))
            return nameEnd
        }
        // "Chủ tịch UBND tỉnh …" is no head of state: only a country names the office's holder.
        if let office = title.office, let country, !sawOrganization, let holder = lexicon.holder(office: office, country: country, on: r.date) {
            r.person(holder.name, role: holder.title, country: country, span: t.span(i, j))
            return j
        }
        // A bare capitalized title ("Chủ tịch nước đề nghị …", "Ngoại trưởng nói") refers to the
        // latest person the article gave that title; a plural ("các Bộ trưởng") to no one.
        if j == afterTitle, t.capitalized(start), !Words.plurals.contains(where: { t.isWord(i - 1, $0) }),
           r.titled(role, span: t.span(i, afterTitle)) != nil {
            return afterTitle
        }
        return j > afterTitle ? j : nil
    }

    /// Whose a title is, after "của": a country, a body (after up to three lower-case words,
    /// "của chính quyền Houthi") or a person with an honorific ("của ông Trump"); the token
    /// after it, with the possessor registered.
    private func possessor(_ t: ActorTokens, at k: Int, limit: Int, _ r: inout ActorRegistry) -> (end: Int, country: String?)? {
        if let (c, next) = lexicon.countries.match(t, at: k, limit: limit), c.code != "-" {
            r.country(c.code, span: t.span(k, next))
            return (next, c.code)
        }
        if let org = organization(t, at: k, limit: limit, &r) { return org }
        if let skip = modifierSkip(t, at: k, limit: limit), let org = organization(t, at: skip, limit: limit, &r) { return org }
        if let (title, _) = lexicon.titles.match(t, at: k, limit: limit), title.honorific, let end = titled(t, at: k, limit: limit, &r) {
            return (end, r.actors.first { a in a.mentions.contains { $0.start == t.tokens[k].span.start } }?.country)
        }
        return nil
    }

    /// Up to three lower-case words after a title that lead to a country, an organization or a
    /// name ("thủ lĩnh chính trị Hamas", "Trưởng đoàn đàm phán Vladimir Medinsky"): the token
    /// where it starts. Clause words ("cho biết", "và") end the title's phrase instead.
    private func modifierSkip(_ t: ActorTokens, at j: Int, limit: Int) -> Int? {
        var k = j
        while k < min(j + 3, limit), t.tokens[k].kind == .word, !t.tokens[k].isCapitalized,
              !Words.isClauseWord(t, k) {
            k += 1
            if let (c, _) = lexicon.countries.match(t, at: k, limit: limit), c.code != "-" { return k }
            if lexicon.bodies.match(t, at: k, limit: limit) != nil { return k }
            if t.isNameWord(k), !startsOther(t, at: k, limit: limit) { return k }
        }
        return nil
    }

    /// Token `k` reads as a Vietnamese syllable.
    func isVietnamese(_ t: ActorTokens, _ k: Int) -> Bool {
        VietnameseSyllable.accepts(t.document.foldedText(t.tokens[k].span))
    }

    /// A person's name at `j`: capitalized words, with the particles of foreign names ("al-",
    /// "bin", "da", "von der") and regnal numbers ("Charles III"); not a country or an
    /// organization. The end, or nil.
    func name(_ t: ActorTokens, at j: Int, limit: Int) -> Int? {
        var k = j
        var words = 0
        // A Vietnamese name runs through syllables that spell a country or a capital too
        // ("Vũ Đức Đam", "Lưu Bình Nhưỡng").
        let vietnamese = lexicon.surnames.match(t, at: j, limit: j + 1) != nil
        while k < limit, words < 6 {
            if t.isNameWord(k) {
                if words > 0 || !startsOther(t, at: k, limit: limit) {
                    let throughCountry = vietnamese && words < 4 && t.tokens[k].kind == .word && isVietnamese(t, k)
                        && lexicon.titles.match(t, at: k, limit: limit) == nil && lexicon.bodies.match(t, at: k, limit: limit) == nil
                        && lexicon.heads.match(t, at: k, limit: limit) == nil
                    // "Thérèse Kayikwamba Wagner": after two words of a foreign name, a one-word body
                    // name that ends the run is the family name, not the body.
                    let familyName = !vietnamese && words >= 2 && !t.isNameWord(k + 1)
                        && lexicon.countries.match(t, at: k, limit: limit) == nil && lexicon.titles.match(t, at: k, limit: limit) == nil
                        && lexicon.bodies.match(t, at: k, limit: limit).map { $0.1 == k + 1 } == true
                    if words > 0, startsOther(t, at: k, limit: limit), !throughCountry, !familyName { break }
                    k += 1
                    words += 1
                    continue
                }
                break
            }
            // "Ferdinand Marcos Jr.": the period of a generational suffix belongs to the name.
            if words > 1, t.isMark(k, "."), t.adjacent(k), Words.suffixes.contains(where: { t.isWord(k - 1, $0) }) {
                k += 1
                break
            }
            // "al-Burhan", "Jae-myung": a hyphen inside a name.
            if words > 0, t.isMark(k, "-"), t.adjacent(k), t.adjacent(k + 1), k + 1 < limit, t.tokens[k + 1].kind != .punctuation {
                k += 2
                continue
            }
            // "von der Leyen": particles may follow one another before the name word.
            let nextParticle = Words.particles.contains(where: { t.isWord(k + 1, $0) }) && t.isNameWord(k + 2)
            if t.tokens[k].kind == .word, Words.particles.contains(where: { t.isWord(k, $0) }),
               t.isNameWord(k + 1) || nextParticle || (t.isMark(k + 1, "-") && t.adjacent(k + 1)) {
                k += 1
                continue
            }
            break
        }
        return words > 0 ? k : nil
    }

    /// A country, organization or title begins at `k` (so a name cannot).
    private func startsOther(_ t: ActorTokens, at k: Int, limit: Int) -> Bool {
        lexicon.countries.match(t, at: k, limit: limit) != nil || lexicon.bodies.match(t, at: k, limit: limit) != nil
            || lexicon.heads.match(t, at: k, limit: limit) != nil || lexicon.titles.match(t, at: k, limit: limit) != nil
    }

    /// "nhà lãnh đạo Nga", "người đồng cấp Mỹ [Name]", "chủ nhân Nhà Trắng".
    private func descriptive(_ t: ActorTokens, at i: Int, limit: Int, _ r: inout ActorRegistry) -> Int? {
        if let (kind, next) = lexicon.anaphors.match(t, at: i, limit: limit) {
            return r.anaphor(kind, span: t.span(i, next), sentenceStart: r.sentenceStart) == nil ? nil : next
        }
        if let after = t.sequence(i, Words.nhàLãnhĐạo), let (c, next) = lexicon.countries.match(t, at: after, limit: limit) {
            r.country(c.code, span: t.span(after, next))
            for office in ["head-of-state", "party-leader", "head-of-government"] {
                if let h = lexicon.holder(office: office, country: c.code, on: r.date) {
                    r.person(h.name, role: h.title, country: c.code, span: t.span(i, next))
                    break
                }
            }
            return next
        }
        if let after = t.sequence(i, Words.ngườiĐồngCấp) {
            var j = after
            var country: String?
            if let (c, next) = lexicon.countries.match(t, at: j, limit: limit) {
                r.country(c.code, span: t.span(j, next))
                country = c.code
                j = next
            }
            if let nameEnd = name(t, at: j, limit: limit) {
                r.person(t.text(j, nameEnd), role: nil, country: country, span: t.span(i, nameEnd))
                return nameEnd
            }
            return j
        }
        if let after = t.sequence(i, Words.chủNhân), let (body, next) = lexicon.bodies.match(t, at: after, limit: limit),
           let country = body.country, let h = lexicon.holder(office: "head-of-state", country: country, on: r.date) {
            // The seat is named too: it is an actor of the article as well as the metonym.
            r.organization(t.text(after, next), country: country, aliases: [body.name], span: t.span(after, next))
            r.person(h.name, role: h.title, country: country, span: t.span(i, next))
            return next
        }
        return nil
    }

    // MARK: Organizations and places

    /// An organization at `i`: a named body, "Bộ" + ministry, a head noun + capitalized words,
    /// or an abbreviation; each with an optional country after it ("Bộ Ngoại giao Nga"), a place
    /// for missions ("Đại sứ quán Mỹ tại Hà Nội") and an abbreviation in brackets ("(CENTCOM)").
    /// A body after "tại"/"ở" is a place ("tại Điện Kremlin"), consumed without an actor.
    func organization(_ t: ActorTokens, at i: Int, limit: Int, _ r: inout ActorRegistry) -> (end: Int, country: String?)? {
        var end: Int
        var country: String?
        var aliases: [String] = []
        var takesCountry = true
        var defaultCountry: String?
        if let body = stateBody(t, at: i, limit: limit, &r) { return (body.end, body.country) }
        if lexicon.countries.match(t, at: i, limit: limit) != nil, lexicon.bodies.match(t, at: i, limit: limit) == nil {
            return nil  // "Đài Loan" is a country, not the head "Đài" + "Loan"
        }
        if let (body, next) = lexicon.bodies.match(t, at: i, limit: limit) {
            if lexicon.seats.contains(body.name), Words.places.contains(where: { t.isWord(i - 1, $0) }) { return (next, body.country) }
            end = next
            takesCountry = body.takesCountry
            if !takesCountry {
                var written = t.text(i, next)
                // "phong trào Hamas", "lực lượng Houthi": the body's own name is the canonical one.
                if written != body.name, written.hasSuffix(" " + body.name) { written = body.name }
                var known = ([body.name] + body.aliases).filter { $0 != written }
                var after = next
                if let (abbreviation, close) = bracketed(t, at: next, limit: limit) {
                    known.append(abbreviation)
                    after = close
                }
                r.organization(written, country: body.country, aliases: known, span: t.span(i, next))
                return (after, body.country)
            }
            // Quốc hội, Chính phủ: Vietnam's unless another country is named.
            defaultCountry = [Words.quốcHội, Words.chínhPhủ].contains(where: { t.isWord(i, $0) }) ? "VNM" : nil
        } else if t.isWord(i, Words.bộ), t.capitalized(i), let (_, next) = lexicon.ministries.match(t, at: i + 1, limit: limit) {
            end = next
            defaultCountry = "VNM"
        } else if let (_, next) = lexicon.heads.match(t, at: i, limit: limit), t.capitalized(i), !t.isNameWord(next),
                  let placed = levelAndPlace(t, at: next, limit: limit) {
            // "Tòa án quận Basmanny", "Sở Tư pháp tỉnh Lào Cai": a head, a level and a place.
            end = placed
            if isVietnamesePlace(t, next, placed) { defaultCountry = "VNM" }
        } else if let (_, next) = lexicon.heads.match(t, at: i, limit: limit), t.capitalized(i), t.isNameWord(next) {
            // Capitalized words, each with at most one lower-case syllable after it ("Thống kê").
            end = next
            var sawCountry = false
            while end < limit, t.isNameWord(end) {
                if let (c, after) = lexicon.countries.match(t, at: end, limit: limit), c.code != "-" {
                    if c.isCapital {
                        end = after  // a place inside the name: "Sở Y tế Hà Nội"
                        continue
                    }
                    country = c.code
                    r.country(c.code, span: t.span(end, after))
                    end = after
                    sawCountry = true
                    break
                }
                if let (body, after) = lexicon.bodies.match(t, at: end, limit: limit), !body.takesCountry {
                    // "Hội đồng Nhân quyền Liên hợp quốc": the body closes the name.
                    country = body.country
                    end = after
                    sawCountry = true
                    break
                }
                // A person's name after the organization's: a Vietnamese family name and more
                // capitals ("Viện Kiểm sát Nguyễn Huy Tiến"), or two foreign words ("John Roberts").
                if end > next, t.isNameWord(end + 1),
                   lexicon.surnames.match(t, at: end, limit: end + 1) != nil || (!isVietnamese(t, end) && !isVietnamese(t, end + 1)) {
                    break
                }
                end += 1
                // Each capitalized syllable may bring one lower-case syllable of its word
                // ("Thống kê", "Trung ương"), unless that syllable starts the predicate.
                if end < limit, t.tokens[end].kind == .word, !t.tokens[end].isCapitalized,
                   !Words.isClauseWord(t, end) {
                    end += 1
                }
                // "Sở Tài nguyên và Môi trường", "Bộ Lao động - Thương binh và Xã hội": a
                // department's fields joined by "và" or a dash, unless another actor starts there.
                if end + 1 < limit, t.isWord(end, Words.và) || (t.isMark(end, "-") && !t.adjacent(end)), t.isNameWord(end + 1),
                   !startsOther(t, at: end + 1, limit: limit), lexicon.surnames.match(t, at: end + 1, limit: end + 2) == nil,
                   isVietnamese(t, end + 1) {
                    end += 1
                }
            }
            if end == next { return nil }
            takesCountry = !sawCountry
            // "Sở Xây dựng tỉnh Vĩnh Phúc", "Cục Hải quan TP Hải Phòng": a level and a place.
            if !sawCountry, let placed = levelAndPlace(t, at: end, limit: limit) {
                if isVietnamesePlace(t, end, placed) { defaultCountry = "VNM" }
                end = placed
            }
        } else if let abbreviation = abbreviation(t, at: i) {
            r.organization(abbreviation, country: nil, span: t.span(i, i + 1))
            return (i + 1, nil)
        } else {
            return nil
        }
        if takesCountry, let (c, after) = lexicon.countries.match(t, at: end, limit: limit), c.code != "-", !c.isCapital {
            country = c.code
            r.country(c.code, span: t.span(end, after))
            end = after
        }
        // Missions abroad: "… tại Hà Nội".
        if t.isWord(end, Words.tại), t.isNameWord(end + 1), Words.missions.contains(where: { t.sequence(i, $0) != nil }) {
            var k = end + 1
            while k < limit, t.isNameWord(k) { k += 1 }
            end = k
        }
        if defaultCountry == nil, country == nil, t.isWord(i, Words.quânĐội) || t.isWord(i, Words.hạViện) || t.isWord(i, Words.thượngViện) {
            return nil  // "Quân đội" alone names no one
        }
        // "Hội đồng Hợp tác các quốc gia vùng Vịnh (GCC)", "Ủy ban Phòng chống tham nhũng đối với
        // doanh nghiệp nhà nước (ABC)": the lower-case words up to the abbreviation that closes the
        // name are part of it, unless a predicate or another body starts among them.
        if bracketed(t, at: end, limit: limit) == nil, let open = nameRunsToBracket(t, from: end, limit: limit) { end = open }
        let name = t.text(i, end)
        var after = end
        if let (abbreviation, close) = bracketed(t, at: end, limit: limit) {
            aliases.append(abbreviation)
            after = close
        }
        let resolved = country ?? defaultCountry
        r.organization(name, country: resolved, aliases: aliases, span: t.span(i, end))
        return (after, resolved)
    }

    /// Where "(" of a bracketed abbreviation opens at most eight words after `k`, with no
    /// punctuation, predicate word or other body's head between.
    func nameRunsToBracket(_ t: ActorTokens, from k: Int, limit: Int) -> Int? {
        var j = k
        while j < min(limit, k + 9) {
            if t.isMark(j, "(") { return j > k && bracketed(t, at: j, limit: limit) != nil ? j : nil }
            guard t.tokens[j].kind == .word, !Words.predicates.contains(where: { t.isWord(j, $0) }) else { return nil }
            if t.capitalized(j), lexicon.heads.match(t, at: j, limit: limit) != nil { return nil }
            j += 1
        }
        return nil
    }

    /// "(IAEA)" after a name: the abbreviation and the token after ")".
    func bracketed(_ t: ActorTokens, at k: Int, limit: Int) -> (String, Int)? {
        guard t.isMark(k, "("), k + 2 < limit, t.isMark(k + 2, ")"), t.tokens[k + 1].kind != .punctuation else { return nil }
        let text = t.text(k + 1, k + 2)
        return text.uppercased() == text && text.count >= 2 ? (text, k + 3) : nil
    }

    /// An abbreviation of three or more capitals that names no country and is not a known
    /// non-organization (GDP, USD): "BIMSTEC", "OHCHR".
    private func abbreviation(_ t: ActorTokens, at i: Int) -> String? {
        guard i < t.count, t.tokens[i].kind == .word, t.tokens[i].isCapitalized, t.tokens[i].span.length >= 3,
              t.document.scalars[t.tokens[i].span.range].allSatisfy({ $0.textClass.contains(.upper) || $0.textClass.contains(.mark) }) else { return nil }
        let text = t.text(i, i + 1)
        guard !lexicon.notOrganizations.contains(text) else { return nil }
        // Roman numerals (quý III) are not names.
        if text.allSatisfy({ "IVXLC".contains($0) }) { return nil }
        // A unit after an amount ("1 triệu AUD", "500 MW") is no body.
        if i > 0, t.tokens[i - 1].kind == .number || Words.magnitudes.contains(where: { t.isWord(i - 1, $0) }) { return nil }
        return text
    }

    /// A capital after a locative or motion word is a place ("tại Budapest", "tới Bắc Kinh").
    private func isLocation(_ t: ActorTokens, before i: Int) -> Bool {
        Words.locatives.contains { t.isWord(i - 1, $0) }
    }

    /// An outlet's own tag before the lead ("(PLO)-", "TPO -", "(VTC News) –"): the token after
    /// it, when the body starts with one.
    private func outletTag(_ t: ActorTokens, limit: Int) -> Int? {
        var k = 0
        let bracketed = t.isMark(0, "(")
        if bracketed { k = 1 }
        var words = 0
        while k < limit, t.isNameWord(k), words < 3 {
            k += 1
            words += 1
        }
        guard words > 0 else { return nil }
        if bracketed {
            guard t.isMark(k, ")") else { return nil }
            k += 1
        }
        // Not "Timor-Leste": the dash stands apart from the next word, and an unbracketed tag is
        // written in capitals ("TPO -").
        guard t.isMark(k, "-") || t.isMark(k, "–") || t.isMark(k, "—"), !t.adjacent(k + 1) else { return nil }
        if !bracketed, abbreviation(t, at: 0) == nil { return nil }
        return k + 1
    }

    /// The end of a photo credit "(Ảnh: …)" starting at `i`.
    private func captionEnd(_ t: ActorTokens, at i: Int, limit: Int) -> Int? {
        guard t.isMark(i, "("), Words.credits.contains(where: { t.isWord(i + 1, $0) }) else { return nil }
        var k = i + 1
        while k < limit, !t.isMark(k, ")") { k += 1 }
        return min(k + 1, limit)
    }
}

private extension Optional where Wrapped == Bool {
    var isTrue: Bool { self == true }
}

/// Words the actor grammar names in code.
enum Words {
    static let của = WordKeys("của"), là = WordKeys("là")
    static let phó = WordKeys("phó"), tại = WordKeys("tại"), bộ = WordKeys("bộ"), bà = WordKeys("bà"), ấy = WordKeys("ấy")
    static let nhàLãnhĐạo = WordKeys.list("nhà|lãnh|đạo"), ngườiĐồngCấp = WordKeys.list("người|đồng|cấp")
    static let chủNhân = WordKeys.list("chủ|nhân")
    static let quốcHội = WordKeys("quốc"), chínhPhủ = WordKeys("chính"), quânĐội = WordKeys("quân")
    static let hạViện = WordKeys("hạ"), thượngViện = WordKeys("thượng")
    static let missions = [WordKeys.list("đại|sứ|quán"), WordKeys.list("tổng|lãnh|sự|quán"), WordKeys.list("lãnh|sự|quán")]
    static let places = WordKeys.list("tại|ở")
    static let plurals = WordKeys.list("các|những|hai|ba|nhiều|mọi|cựu")
    static let magnitudes = WordKeys.list("nghìn|ngàn|triệu|tỷ|tỉ|trăm|vạn")
    /// Words that start a predicate or a new phrase after a name: verbs of reporting and doing,
    /// prepositions, conjunctions.
    static func isClauseWord(_ t: ActorTokens, _ k: Int) -> Bool {
        k < t.count && (t.unaccented ? clauseFolded.contains(t.folded[k]) : clauseLowered.contains(t.lowered[k]))
    }
    static let clauseLowered = Set(clauseWords.map(\.lowered)), clauseFolded = Set(clauseWords.map(\.folded))
    /// Words that end a name and start its predicate: tense and aspect, "là", conjunctions,
    /// verbs of saying, times ("Ủy ban Bầu cử đã công bố …"). A long name may hold prepositions
    /// and nouns that also start verbs ("đối với", "Quan hệ công chúng").
    static let predicates = WordKeys.list("đã|sẽ|đang|vừa|là|và|cũng|vẫn|được|bị|không|chưa|có|cho|nói|khi|nhưng|song|hôm|ngày|sáng|chiều|tối|đêm")
    static let clauseWords = WordKeys.list("công|cho|thông|nói|đã|sẽ|đang|vừa|và|với|của|là|tại|ở|trong|về|có|không|cũng|vẫn|được|bị|ra|đưa|kêu|cảnh|khẳng|tuyên|xác|nhấn|lên|bác|phát|yêu|đề|ký|tổ|mở|thuộc|do|vào|từ|sau|trước|để|nhằm|theo|hôm|ngày|sáng|chiều|tối|đêm|khi|nhưng|song|tiếp|gồm|dẫn")
    static let particles = WordKeys.list("al|el|bin|ibn|da|de|do|dos|di|du|der|den|von|van|la|le")
    static let locatives = WordKeys.list("tại|ở|tới|đến|sang|thăm|từ|về|rời|khỏi|đô|phố|quanh|gần|ngoài")
    static let credits = WordKeys.list("ảnh|nguồn|photo|video")
    static let và = WordKeys("và"), cựu = WordKeys("cựu")
    static let suffixes = WordKeys.list("jr|sr")
    static let birth = [WordKeys.list("sn"), WordKeys.list("sinh|năm"), WordKeys.list("sinh")]
    static let saying = ["cho|biết", "nói", "tuyên|bố", "khẳng|định", "nhấn|mạnh", "cho|rằng", "viết", "bày|tỏ", "thừa|nhận", "phát|biểu"].map(WordKeys.list)
    static let appositions = WordKeys.list("người|cựu|một|nguyên|thành|ứng|đồng")
}
