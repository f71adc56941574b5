
namespace FrontDesk.Data.Directory;

internal sealed class ImportCounts
{
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
}

// Checks shared by company and member lines; each records its error and says whether the value passed.
internal static class ImportRules
{
    public const int NameLength = 200;
    public const int EmailLength = 254;
    public const int CodeLength = 40;
    public const int AliasesLength = 500;

    public static bool Required(ImportProblems problems, CsvRecord row, string field, string value)
    {
        if (value.Length > 0)
        {
            return true;
        }
        problems.Add(ImportErrorCode.MissingValue, row.Line, field);
        return false;
    }

    public static bool Short(ImportProblems problems, CsvRecord row, string field, string value, int max)
    {
        if (value.Length <= max)
        {
            return true;
        }
        problems.Add(ImportErrorCode.ValueTooLong, row.Line, field, value[..Math.Min(value.Length, 60)] + "…");
        return false;
    }

    public static bool IsEmail(string email) => email.Length <= EmailLength && EmailAddress.IsValid(email);
}
