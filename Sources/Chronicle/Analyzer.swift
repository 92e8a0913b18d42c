import Actors
import Temporal
import VietText

/// The analysis pipeline: a pure function of an article's text and date. Stateless after
/// construction (all language data is loaded once, here), so one analyzer serves every thread.
public struct Analyzer: Sendable {
    let splitter: SentenceSplitter
    let temporal: TemporalTagger
    let actors: ActorTagger

    public init() {
        splitter = .standard
        temporal = .standard
        actors = .standard
    }

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let document = Document(text: article.text, date: article.date, splitter: splitter)
        return ArticleAnalysis(article: article, document: document, timexes: temporal.tag(document), actors: actors.tag(document))
    }
}
