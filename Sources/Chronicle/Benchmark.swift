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
        /// CPU time of the process over the same stretch (all threads): on a busy machine it
        /// stays what the work costs while `seconds` grows with the wait for a core.
        public let cpuSeconds: Double
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

    /// Time and peak memory of the whole analysis on two long inputs a crawler can produce: one
    /// sentence of `sentenceBytes` without any punctuation, and one article of `articleBytes`.
    /// The time of each must grow linearly with its size (a quadratic step shows up as minutes).
    public static func longInputs(sentenceBytes: Int = 1_000_000, articleBytes: Int = 8_000_000) -> [(figure: Figure, peakMB: Int?)] {
        let sample = Array(SyntheticCorpus(count: 200))
        let words = sample.flatMap { $0.text.unicodeScalars.split { !($0.properties.isAlphabetic || $0.properties.numericType != nil) } }
            .map { String(String.UnicodeScalarView($0)) }
        var sentence = ""
        var k = 0
        while sentence.utf8.count < sentenceBytes, !words.isEmpty {
            sentence += words[k % words.count] + " "
            k += 1
        }
        var article = ""
        k = 0
        while article.utf8.count < articleBytes, !sample.isEmpty {
            article += sample[k % sample.count].text + "\n\n"
            k += 1
        }
        let date = sample.first?.date ?? CivilDate(year: 2025, month: 10, day: 20)!
        let analyzer = Analyzer()
        return [("one \(sentenceBytes / 1_000_000) MB sentence without punctuation", sentence + "."),
                ("one \(articleBytes / 1_000_000) MB article", article)].map { name, text in
            var length = 0
            let figure = time(name, 1, text.utf8.count) {
                length = analyzer.analyze(Article(id: "long", date: date, text: text, origin: "benchmark")).jsonLine.utf8.count
            }
            precondition(length > 0, "benchmark lost work")
            return (figure, peakResidentMegabytes())
        }
    }

    /// The process's peak resident memory so far (Linux), in MB.
    public static func peakResidentMegabytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        return kb / 1024
    }

    private static func time(_ name: String, _ count: Int, _ bytes: Int, _ body: () -> Void) -> Figure {
        let clock = ContinuousClock()
        let cpu = processCPUSeconds()
        let elapsed = clock.measure(body)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Figure(name: name, articles: count, bytes: bytes, seconds: max(seconds, 1e-9), cpuSeconds: processCPUSeconds() - cpu)
    }

    /// CPU seconds the process has used so far, all threads.
    static func processCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add(_ n: Int) { lock.lock(); value += n; lock.unlock() }
        var total: Int { lock.lock(); defer { lock.unlock() }; return value }
    }
}
