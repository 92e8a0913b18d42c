import Actors
import Events
import Temporal
import VietText

/// The analysis pipeline: a pure function of an article's text and date. Stateless after
/// construction (all language data is loaded once, here), so one analyzer serves every thread.
public struct Analyzer: Sendable {
    let splitter: SentenceSplitter
    let temporal: TemporalTagger
    var actors: ActorTagger
    var events: EventTagger

    public init() {
        self.init(explain: false)
    }

    /// `explain`: every event carries the trigger row and argument rules that produced it.
    public init(explain: Bool) {
        events = explain ? EventTagger(explain: true) : .standard
        splitter = .standard
        temporal = .standard
        actors = .standard
    }

    /// The compiled language data extended with the rows of a user lexicon (`--lexicon DIR`).
    /// Throws on the first bad row (naming its file and line), and on a file that extends no
    /// table a stage reads (a misspelt name would otherwise be ignored).
    public init(lexicon: UserLexicon, explain: Bool = false) throws(LexiconError) {
        let known = Set(ActorTagger.extensibleTables + EventTagger.extensibleTables)
        if let unknown = lexicon.unknownFiles(known).first {
            throw LexiconError(file: lexicon.path(unknown), line: nil,
                               message: "no table of that name can be extended (tables: \(known.sorted().joined(separator: ", ")))")
        }
        self.init(explain: explain)
        actors = try ActorTagger(lexicon: lexicon)
        events = try EventTagger(lexicon: lexicon, explain: explain)
    }

    public func analyze(_ article: Article) -> ArticleAnalysis {
        // Chunked once, below, knowing the names the actor stage finds.
        let words = Document(text: article.text, date: article.date, splitter: splitter, chunked: false)
        let timexes = temporal.tag(words)
        let actors = self.actors.tag(words)
        let mentions = EventTagger.outermost(actors)
        // The chunks again, knowing the names: what the event grammar and `--chunks` read.
        let document = words.withNames(EventTagger.names(words, mentions))
        let events = self.events.tag(document, timexes: timexes, actors: actors, mentions: mentions)
        return ArticleAnalysis(
            article: article, document: document, timexes: timexes, actors: actors, events: events,
            quotes: QuoteTagger.tag(document, actors: actors, mentions: mentions, events: events)
        )
    }
}
