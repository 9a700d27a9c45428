/// Makes GitHub-style heading anchors: lower case, punctuation dropped, spaces as
/// hyphens, and `-1`, `-2`, … appended to repeats.
struct Slugger {
    private var used: Set<String> = []

    /// The slug of `title` alone, without de-duplication.
    static func slug(_ title: String) -> String {
        var slug = ""
        for character in title.lowercased() {
            if character.isLetter || character.isNumber || character == "_" || character == "-" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug
    }

    /// A slug for `title` that no earlier call returned.
    mutating func uniqueSlug(_ title: String) -> String {
        let base = Self.slug(title).isEmpty ? "section" : Self.slug(title)
        var candidate = base
        var suffix = 1
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
