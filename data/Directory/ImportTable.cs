namespace FrontDesk.Data.Directory;

// The header of a directory file: which kind it is and where each known column is.
public sealed class ImportTable
{
    public const string Name = "name";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Company = "company";
    public const string Floor = "floor";
    public const string Suite = "suite";
    public const string Aliases = "aliases";

    // Headers people write, in English and Chinese, for each column.
    private static readonly Dictionary<string, string> Synonyms = new (string Column, string[] Headers)[]
    {
        (Name, ["name", "姓名", "名称", "公司名称"]),
        (Email, ["email", "e-mail", "mail", "邮箱", "电子邮件", "邮件"]),
        (Phone, ["phone", "telephone", "电话", "手机"]),
        (Company, ["company", "公司"]),
        (Floor, ["floor", "楼层"]),
        (Suite, ["suite", "room", "房间", "房间号"]),
        (Aliases, ["aliases", "alias", "别名"]),
    }.SelectMany(c => c.Headers.Select(h => (h, c.Column))).ToDictionary(p => p.h, p => p.Column, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] MemberRequired = [Name, Email, Company];
    private static readonly string[] CompanyRequired = [Name];

    private readonly Dictionary<string, int> _columns;

    private ImportTable(ImportKind kind, Dictionary<string, int> columns)
    {
        Kind = kind;
        _columns = columns;
    }

    public ImportKind Kind { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    // The trimmed value of a column in a record; "" when the record is shorter than the header.
    public string Value(CsvRecord record, string column) =>
        _columns.TryGetValue(column, out var index) && index < record.Fields.Count ? record.Fields[index].Trim() : "";

    // Members when the header names an email, phone or company column; companies otherwise.
    public static ImportTable? Read(CsvRecord header, ImportProblems problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            if (!Synonyms.TryGetValue(header.Fields[i].Trim(), out var column))
            {
                continue;
            }
            if (!columns.TryAdd(column, i))
            {
                problems.Add(ImportErrorCode.DuplicateColumn, header.Line, column, header.Fields[i].Trim());
            }
        }
        if (columns.Count == 0)
        {
            problems.Add(ImportErrorCode.UnknownHeader, header.Line, value: string.Join(",", header.Fields));
            return null;
        }
        var kind = columns.ContainsKey(Email) || columns.ContainsKey(Phone) || columns.ContainsKey(Company)
            ? ImportKind.Members
            : ImportKind.Companies;
        foreach (var missing in (kind == ImportKind.Members ? MemberRequired : CompanyRequired).Where(c => !columns.ContainsKey(c)))
        {
            problems.Add(ImportErrorCode.MissingColumn, header.Line, missing);
        }
        return problems.Any ? null : new ImportTable(kind, columns);
    }
}
