using System.Globalization;
using FrontDesk.Data.Directory;

namespace FrontDesk.Data.Staffing;

// The header of a roster file: who (an email or a name column, or both: a line's email wins), the date, the start
// and the end.
public sealed class RosterTable
{
    public const string Email = "email";
    public const string Staff = "staff";
    public const string Date = "date";
    public const string Start = "start";
    public const string End = "end";

    private static readonly string[] Times = [Date, Start, End];

    // Headers people write, in English and Chinese, for each column.
    private static readonly Dictionary<string, string> Synonyms = new (string Column, string[] Headers)[]
    {
        (Email, ["email", "e-mail", "邮箱", "电子邮件"]),
        (Staff, ["staff", "name", "员工", "人员", "姓名"]),
        (Date, ["date", "day", "日期"]),
        (Start, ["start", "from", "开始", "开始时间", "上班"]),
        (End, ["end", "until", "to", "结束", "结束时间", "下班"]),
    }.SelectMany(c => c.Headers.Select(h => (h, c.Column))).ToDictionary(p => p.h, p => p.Column, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"];
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];

    private readonly Dictionary<string, int> _columns;

    private RosterTable(Dictionary<string, int> columns) => _columns = columns;

    public string Value(CsvRecord record, string column) =>
        _columns.TryGetValue(column, out var index) && index < record.Fields.Count ? record.Fields[index].Trim() : "";

    // The file's header names all four columns: it is a roster, not a directory file.
    public static bool Recognizes(CsvRecord header)
    {
        var found = header.Fields.Select(f => Synonyms.GetValueOrDefault(f.Trim())).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return Times.All(found.Contains) && (found.Contains(Email) || found.Contains(Staff));
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public static RosterTable? Read(CsvRecord header, RosterImportProblems problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            if (Synonyms.TryGetValue(header.Fields[i].Trim(), out var column) && !columns.TryAdd(column, i))
            {
                problems.Add(RosterImportErrorCode.DuplicateColumn, header.Line, column, header.Fields[i].Trim());
            }
        }
        if (!columns.ContainsKey(Email) && !columns.ContainsKey(Staff))
        {
            problems.Add(RosterImportErrorCode.MissingColumn, header.Line, Staff);
        }
        foreach (var missing in Times.Where(c => !columns.ContainsKey(c)))
        {
            problems.Add(RosterImportErrorCode.MissingColumn, header.Line, missing);
        }
        return problems.Any ? null : new RosterTable(columns);
    }

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static TimeOnly? ParseTime(string text) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
