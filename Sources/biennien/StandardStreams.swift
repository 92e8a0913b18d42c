import Foundation

/// Writes to standard output and standard error without buffering surprises: each call is one
/// write, so output streams article by article and interleaves correctly with messages.
enum StandardStreams {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
