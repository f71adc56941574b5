namespace FrontDesk.Data.Directory;

public enum ImportKind
{
    Companies = 1,
    Members = 2,
}

// What can be wrong with a directory file. The catalog has a text for each: "import.error." + camelCase name.
public enum ImportErrorCode
{
    EmptyFile = 1,
    FileTooLarge,
    TooManyRows,
    NotUtf8,
    UnclosedQuote,
    UnknownHeader,
    MissingColumn,
    DuplicateColumn,
    NoRows,
    MissingValue,
    ValueTooLong,
    BadEmail,
    DuplicateEmail,
    DuplicateCompany,
    UnknownCompany,
    AmbiguousCompany,
}

// Line 0 is the file as a whole; Field is the column (canonical English name); OtherLine is where a
// duplicate was first seen.
public sealed record ImportError(ImportErrorCode Code, int Line, string? Field = null, string? Value = null, int? OtherLine = null);

// Either Errors is empty and the counts say what was written, or nothing was written.
public sealed record ImportResult(
    ImportKind? Kind,
    IReadOnlyList<ImportError> Errors,
    bool MoreErrors,
    int Added,
    int Updated,
    int Unchanged)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Failed(ImportKind? kind, ImportProblems problems) =>
        new(kind, problems.Errors, problems.More, 0, 0, 0);
}

public sealed class ImportProblems(int limit) : ImportErrorList<ImportError>(limit)
{
    public void Add(ImportErrorCode code, int line, string? field = null, string? value = null, int? otherLine = null) =>
        Add(new ImportError(code, line, field, value, otherLine));
}
