using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Directory;

// Member lines (name, email, phone, company): a member is matched by email, so a known email under another
// company moves that person. The company must already be in the directory, by name or alias.
internal static class MemberImport
{
    public static async Task<ImportCounts?> ApplyAsync(FrontDeskDb db, ImportTable table, IReadOnlyList<CsvRecord> rows,
        ImportProblems problems, DateTimeOffset now, CancellationToken ct)
    {
        var companies = new CompanyNames(await db.Companies.AsNoTracking().ToListAsync(ct));
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = new List<(string Name, string Email, string? Phone, int CompanyId)>();

        foreach (var row in rows)
        {
            var name = table.Value(row, ImportTable.Name);
            var email = table.Value(row, ImportTable.Email).ToLowerInvariant();
            var phone = table.Value(row, ImportTable.Phone);
            var company = table.Value(row, ImportTable.Company);
            var ok = ImportRules.Required(problems, row, ImportTable.Name, name)
                     & ImportRules.Short(problems, row, ImportTable.Name, name, ImportRules.NameLength)
                     & ImportRules.Short(problems, row, ImportTable.Phone, phone, ImportRules.CodeLength)
                     & ImportRules.Required(problems, row, ImportTable.Email, email);
            if (email.Length > 0 && !ImportRules.IsEmail(email))
            {
                problems.Add(ImportErrorCode.BadEmail, row.Line, ImportTable.Email, table.Value(row, ImportTable.Email));
                ok = false;
            }
            else if (email.Length > 0 && !firstLine.TryAdd(email, row.Line))
            {
                problems.Add(ImportErrorCode.DuplicateEmail, row.Line, ImportTable.Email, email, firstLine[email]);
                ok = false;
            }
            var companyId = 0;
            if (ImportRules.Required(problems, row, ImportTable.Company, company))
            {
                var matches = companies.Find(company);
                if (matches.Count != 1)
                {
                    problems.Add(matches.Count == 0 ? ImportErrorCode.UnknownCompany : ImportErrorCode.AmbiguousCompany,
                        row.Line, ImportTable.Company, company);
                    ok = false;
                }
                else
                {
                    companyId = matches[0];
                }
            }
            else
            {
                ok = false;
            }
            if (ok)
            {
                valid.Add((name, email, phone.Length == 0 ? null : phone, companyId));
            }
        }
        if (problems.Any)
        {
            return null;
        }

        var emails = valid.Select(v => v.Email).ToList();
        var existing = await db.Members.Where(m => emails.Contains(m.Email)).ToDictionaryAsync(m => m.Email, StringComparer.Ordinal, ct);
        var counts = new ImportCounts();
        var hasPhone = table.Has(ImportTable.Phone);
        foreach (var (name, email, phone, companyId) in valid)
        {
            if (!existing.TryGetValue(email, out var member))
            {
                db.Members.Add(new Member { Name = name, Email = email, Phone = phone, CompanyId = companyId, CreatedAt = now });
                counts.Added++;
                continue;
            }
            if (member.Name == name && member.CompanyId == companyId && member.Active && (!hasPhone || member.Phone == phone))
            {
                counts.Unchanged++;
                continue;
            }
            member.Name = name;
            member.CompanyId = companyId;
            member.Active = true;
            member.Phone = hasPhone ? phone : member.Phone;
            counts.Updated++;
        }
        return counts;
    }
}

// Finds companies by name first, then by alias, ignoring case.
internal sealed class CompanyNames
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    public CompanyNames(IEnumerable<Company> companies)
    {
        foreach (var company in companies)
        {
            _byName[company.Name.Trim()] = company.Id;
            foreach (var alias in CompanyImport.NormalizeAliases(company.Aliases).Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!_byAlias.TryGetValue(alias, out var ids))
                {
                    _byAlias[alias] = ids = [];
                }
                ids.Add(company.Id);
            }
        }
    }

    public IReadOnlyList<int> Find(string nameOrAlias) =>
        _byName.TryGetValue(nameOrAlias, out var id) ? [id]
        : _byAlias.TryGetValue(nameOrAlias, out var ids) ? ids.Distinct().ToList()
        : [];
}
