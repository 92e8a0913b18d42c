import Foundation
import Actors
import Events
import Temporal
import VietText

/// Speed figures for each stage on a synthetic corpus (`SyntheticCorpus`): articles per second
/// and MB per second, one core per stage, then the whole analysis on all cores.
public enum Benchmark {
    public struct Figure: Sendable {
        public let name: String
        public let articles: Int
        public let bytes: Int
        public let seconds: Double
        public var articlesPerSecond: Double { Double(articles) / seconds }
        public var megabytesPerSecond: Double { Double(bytes) / seconds / 1_000_000 }
    }

    public static func run(articles count: Int, jobs: Int) -> [Figure] {
        let articles = Array(SyntheticCorpus(count: count))
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        var figures: [Figure] = []

        var documents: [Document] = []
        documents.reserveCapacity(count)
        figures.append(time("prepare (NFC, fold, sentences, tokens), 1 core", count, bytes) {
            for a in articles { documents.append(Document(text: a.text, date: a.date)) }
        })
        let tagger = TemporalTagger.standard
        var timexes = 0
        figures.append(time("temporal, 1 core", count, bytes) {
            for d in documents { timexes += tagger.tag(d).count }
        })
        let actorTagger = ActorTagger.standard
        var actors = 0
        var actorLists: [[Actor]] = []
        actorLists.reserveCapacity(count)
        figures.append(time("actors, 1 core", count, bytes) {
            for d in documents { actorLists.append(actorTagger.tag(d)) }
        })
        actors = actorLists.reduce(0) { $0 + $1.count }
        let timexLists = documents.map { tagger.tag($0) }
        let eventTagger = EventTagger.standard
        var events = 0
        figures.append(time("events and quotes, 1 core", count, bytes) {
            for (k, d) in documents.enumerated() {
                events += eventTagger.tag(d, timexes: timexLists[k], actors: actorLists[k]).count
                events += QuoteTagger.tag(d, actors: actorLists[k]).count
            }
        })
        let analyzer = Analyzer()
        let analyses = articles.map { analyzer.analyze($0) }
        var jsonBytes = 0
        figures.append(time("JSON encoding only, 1 core", count, bytes) {
            for a in analyses { jsonBytes += a.jsonLine.utf8.count }
        })
        var output = 0
        figures.append(time("full analysis + JSON, 1 core", count, bytes) {
            for a in articles { output += analyzer.analyze(a).jsonLine.utf8.count }
        })
        let counter = Counter()
        figures.append(time("full analysis + JSON, \(jobs) jobs", count, bytes) {
            OrderedParallelMap.run(articles.makeIterator(), workers: jobs,
                                   transform: { analyzer.analyze($0).jsonLine.utf8.count },
                                   emit: { counter.add($0) })
        })
        precondition(timexes > 0 && actors > 0 && events > 0 && jsonBytes > 0 && output > 0 && counter.total == output, "benchmark lost work")
        return figures
    }

    private static func time(_ name: String, _ count: Int, _ bytes: Int, _ body: () -> Void) -> Figure {
        let clock = ContinuousClock()
        let elapsed = clock.measure(body)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Figure(name: name, articles: count, bytes: bytes, seconds: max(seconds, 1e-9))
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add(_ n: Int) { lock.lock(); value += n; lock.unlock() }
        var total: Int { lock.lock(); defer { lock.unlock() }; return value }
    }
}
