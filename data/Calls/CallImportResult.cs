namespace FrontDesk.Data.Calls;

// What can be wrong with a call-record file. The catalog has a text for each: "calls.import.error." + camelCase name.
public enum CallImportErrorCode
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
    ValueTooLong,
    BadTime,
    BadDirection,
    BadSeconds,
    BadAnswered,
    DuplicateCall,
}

// Line 0 is the file as a whole; Column is the header as configured; OtherLine is where a duplicate was first seen.
public sealed record CallImportError(CallImportErrorCode Code, int Line, string? Column = null, string? Value = null, int? OtherLine = null);

// Either Errors is empty and the counts say what was written, or nothing was written. From and To are the
// building-local days the file's calls fall on.
public sealed record CallImportResult(IReadOnlyList<CallImportError> Errors, bool MoreErrors, int Added, int AlreadyImported, DateOnly? From, DateOnly? To)
{
    public bool Succeeded => Errors.Count == 0;

    public static CallImportResult Failed(CallImportProblems problems) => new(problems.Errors, problems.More, 0, 0, null, null);
}

public sealed class CallImportProblems(int limit) : ImportErrorList<CallImportError>(limit)
{
    public void Add(CallImportErrorCode code, int line, string? column = null, string? value = null, int? otherLine = null) =>
        Add(new CallImportError(code, line, column, value, otherLine));
}
