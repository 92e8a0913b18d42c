import Actors
import Events
import Temporal
import VietText

/// The analysis pipeline: a pure function of an article's text and date. Stateless after
/// construction (all language data is loaded once, here), so one analyzer serves every thread.
public struct Analyzer: Sendable {
    let splitter: SentenceSplitter
    let temporal: TemporalTagger
    let actors: ActorTagger
    let events: EventTagger

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

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let document = Document(text: article.text, date: article.date, splitter: splitter)
        let timexes = temporal.tag(document)
        let actors = self.actors.tag(document)
        let mentions = EventTagger.outermost(actors)
        let events = self.events.tag(document, timexes: timexes, actors: actors, mentions: mentions)
        return ArticleAnalysis(
            article: article, document: document, timexes: timexes, actors: actors, events: events,
            quotes: QuoteTagger.tag(document, actors: actors, mentions: mentions, events: events)
        )
    }
}
