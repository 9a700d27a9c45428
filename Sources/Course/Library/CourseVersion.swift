/// The version `course --version` prints.
public enum CourseVersion {
    public static let current = "0.1.0"
}
