import ArgumentParser

/// `blotter`: police press releases and local crime reports → checkable JSON records.
@main
struct BlotterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blotter",
        abstract: "Turn police press releases and local crime reports into structured, checkable data.",
        discussion: """
            Exit status: 0 when every input gave a record; 3 when some inputs failed (each failure \
            is also written as an error record); 64 for a usage error.
            """,
        subcommands: [ExtractCommand.self, TextCommand.self],
        defaultSubcommand: nil)
}
