import ArgumentParser
import Blotter
import Foundation

/// `blotter text PATH`: print the cleaned article text, the text every span points into.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text", abstract: "Print the cleaned article text of one input (HTML or plain text).")

    @Argument(help: "An HTML or text file, or - for standard input.")
    var path: String

    func run() throws {
        do {
            let bytes = try InputLoader.load(path)
            let (_, article, _) = try Pipeline().article(bytes: bytes, source: path)
            FileHandle.standardOutput.write(Data((article.text + "\n").utf8))
        } catch let e as InputError {
            FileHandle.standardError.write(Data("blotter: \(e)\n".utf8))
            throw ExitCode(3)
        }
    }
}
