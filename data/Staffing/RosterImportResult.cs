namespace FrontDesk.Data.Staffing;

// What can be wrong with a roster file. The catalog has a text for each: "roster.import.error." + camelCase name.
public enum RosterImportErrorCode
{
    EmptyFile = 1,
    FileTooLarge,
    TooManyRows,
    NotUtf8,
    UnclosedQuote,
    MissingColumn,
    DuplicateColumn,
    NoRows,
    MissingValue,
    BadDate,
    BadTime,
    EndNotAfterStart,
    UnknownStaff,
    AmbiguousStaff,
    DuplicateShift,
    Overlap,
}

// Line 0 is the file as a whole; Column is the canonical column name; OtherLine is the line it clashes with.
public sealed record RosterImportError(RosterImportErrorCode Code, int Line, string? Column = null, string? Value = null, int? OtherLine = null);

// Either Errors is empty and the counts say what changed, or nothing was written. Months are the months the file
// covers ("2026-12"); from today on their roster is now the file's. InThePast: lines before today, left as they were.
public sealed record RosterImportResult(
    IReadOnlyList<RosterImportError> Errors,
    bool MoreErrors,
    int Added,
    int Removed,
    int Unchanged,
    int InThePast,
    IReadOnlyList<string> Months)
{
    public bool Succeeded => Errors.Count == 0;

    public static RosterImportResult Failed(RosterImportProblems problems) => new(problems.Errors, problems.More, 0, 0, 0, 0, []);
}

public sealed class RosterImportProblems(int limit) : ImportErrorList<RosterImportError>(limit)
{
    public void Add(RosterImportErrorCode code, int line, string? column = null, string? value = null, int? otherLine = null) =>
        Add(new RosterImportError(code, line, column, value, otherLine));
}
