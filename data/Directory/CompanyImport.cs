using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Directory;

// Company lines (name, floor, suite, aliases): a company is matched by name, ignoring case. Columns the file
// does not have are left as they are.
internal static class CompanyImport
{
    private static readonly char[] AliasSeparators = [';', '；', '、', '|'];

    public static async Task<ImportCounts?> ApplyAsync(FrontDeskDb db, ImportTable table, IReadOnlyList<CsvRecord> rows,
        ImportProblems problems, DateTimeOffset now, CancellationToken ct)
    {
        var byName = new Dictionary<string, Company>(StringComparer.OrdinalIgnoreCase);
        // SQLite's NOCASE folds ASCII only, so the table may hold names that differ in other letters' case.
        foreach (var company in await db.Companies.OrderBy(c => c.Id).ToListAsync(ct))
        {
            byName.TryAdd(company.Name.Trim(), company);
        }
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var valid = new List<(Company? Match, string Name, string? Floor, string? Suite, string Aliases)>();

        foreach (var row in rows)
        {
            var name = table.Value(row, ImportTable.Name);
            var floor = table.Value(row, ImportTable.Floor);
            var suite = table.Value(row, ImportTable.Suite);
            var aliases = NormalizeAliases(table.Value(row, ImportTable.Aliases));
            var ok = ImportRules.Required(problems, row, ImportTable.Name, name)
                     & ImportRules.Short(problems, row, ImportTable.Name, name, ImportRules.NameLength)
                     & ImportRules.Short(problems, row, ImportTable.Floor, floor, ImportRules.CodeLength)
                     & ImportRules.Short(problems, row, ImportTable.Suite, suite, ImportRules.CodeLength)
                     & ImportRules.Short(problems, row, ImportTable.Aliases, aliases, ImportRules.AliasesLength);
            if (name.Length > 0 && !firstLine.TryAdd(name, row.Line))
            {
                problems.Add(ImportErrorCode.DuplicateCompany, row.Line, ImportTable.Name, name, firstLine[name]);
                ok = false;
            }
            if (ok)
            {
                valid.Add((byName.GetValueOrDefault(name), name, NullIfEmpty(floor), NullIfEmpty(suite), aliases));
            }
        }
        if (problems.Any)
        {
            return null;
        }

        var counts = new ImportCounts();
        foreach (var (match, name, floor, suite, aliases) in valid)
        {
            if (match is null)
            {
                db.Companies.Add(new Company { Name = name, Floor = floor, Suite = suite, Aliases = aliases, CreatedAt = now });
                counts.Added++;
                continue;
            }
            var changed = match.Name != name
                          || (table.Has(ImportTable.Floor) && match.Floor != floor)
                          || (table.Has(ImportTable.Suite) && match.Suite != suite)
                          || (table.Has(ImportTable.Aliases) && match.Aliases != aliases);
            if (!changed)
            {
                counts.Unchanged++;
                continue;
            }
            match.Name = name;
            match.Floor = table.Has(ImportTable.Floor) ? floor : match.Floor;
            match.Suite = table.Has(ImportTable.Suite) ? suite : match.Suite;
            match.Aliases = table.Has(ImportTable.Aliases) ? aliases : match.Aliases;
            counts.Updated++;
        }
        return counts;
    }

    // "Acme; ACME Ltd ;; 艾克米" → "Acme;ACME Ltd;艾克米"
    public static string NormalizeAliases(string aliases) =>
        string.Join(';', aliases.Split(AliasSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
