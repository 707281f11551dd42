import Foundation

/// One place in the text that names (or, for a pronoun, refers to) an officer.
struct OfficerMention {
    enum Form { case rankName, plural, appositive, surname, pronoun }

    /// UTF-16 range of the whole mention ("Detective Inspector Andy Packer", "DI Packer").
    var range: NSRange
    /// UTF-16 range of the name inside it.
    var nameRange: NSRange
    /// The name as written ("Andy Packer", "Packer").
    var name: String
    /// The rank spelled out, when the mention has one.
    var rank: String?
    /// The rank as written when abbreviated ("DI", "Det Supt").
    var rankAbbrev: String?
    var form: Form
    var rule: String

    var end: Int { range.location + range.length }
    /// Last word of the name: what mentions of one person share.
    var surname: String { name.split(separator: " ").last.map(String.init) ?? name }
    /// Words in the name.
    var nameWords: Int { name.split(separator: " ").count }
}
