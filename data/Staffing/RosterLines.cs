using FrontDesk.Data.Directory;

namespace FrontDesk.Data.Staffing;

// One checked line of a roster file.
internal sealed record RosterLine(int Line, int StaffId, DateOnly Date, TimeOnly Start, TimeOnly End)
{
    public bool Same(Shift s) => s.StaffId == StaffId && s.Date == Date && s.Start == Start && s.End == End;

    public bool Overlaps(RosterLine o) => o.StaffId == StaffId && o.Date == Date && Start < o.End && o.Start < End;
}

// Reads every line of a roster file, recording each problem with its line: the person (by email, or by a name
// only one active staff member has), the date, the times, and clashes with the file's earlier lines.
internal sealed class RosterLines(RosterTable table, IReadOnlyList<StaffMember> staff, RosterImportProblems problems)
{
    private const int ShownLength = 60;

    public List<RosterLine> Check(IReadOnlyList<CsvRecord> rows)
    {
        var lines = new List<RosterLine>();
        foreach (var row in rows)
        {
            if (Read(row) is not { } line)
            {
                continue;
            }
            if (lines.FirstOrDefault(line.Overlaps) is { } other)
            {
                var same = other.Start == line.Start && other.End == line.End;
                problems.Add(same ? RosterImportErrorCode.DuplicateShift : RosterImportErrorCode.Overlap, row.Line, otherLine: other.Line);
                continue;
            }
            lines.Add(line);
        }
        return lines;
    }

    private RosterLine? Read(CsvRecord row)
    {
        var person = Person(row);
        var date = Value(row, RosterTable.Date, RosterTable.ParseDate, RosterImportErrorCode.BadDate);
        var start = Value(row, RosterTable.Start, RosterTable.ParseTime, RosterImportErrorCode.BadTime);
        var end = Value(row, RosterTable.End, RosterTable.ParseTime, RosterImportErrorCode.BadTime);
        if (start is { } s && end is { } e && e <= s)
        {
            problems.Add(RosterImportErrorCode.EndNotAfterStart, row.Line, RosterTable.End, table.Value(row, RosterTable.End));
            return null;
        }
        return person is null || date is null || start is null || end is null ? null : new RosterLine(row.Line, person.Id, date.Value, start.Value, end.Value);
    }

    // A line's email when it has one, else its name.
    private StaffMember? Person(CsvRecord row)
    {
        var email = table.Value(row, RosterTable.Email);
        var (column, value) = email.Length > 0 ? (RosterTable.Email, email) : (RosterTable.Staff, table.Value(row, RosterTable.Staff));
        if (value.Length == 0)
        {
            problems.Add(RosterImportErrorCode.MissingValue, row.Line, RosterTable.Staff);
            return null;
        }
        var found = column == RosterTable.Email
            ? staff.Where(s => s.Email == People.NormalizeEmail(value)).ToList()
            : staff.Where(s => string.Equals(s.Name.Trim(), value, StringComparison.OrdinalIgnoreCase)).ToList();
        if (found.Count != 1)
        {
            problems.Add(found.Count == 0 ? RosterImportErrorCode.UnknownStaff : RosterImportErrorCode.AmbiguousStaff, row.Line, column, Shown(value));
            return null;
        }
        return found[0];
    }

    private T? Value<T>(CsvRecord row, string column, Func<string, T?> parse, RosterImportErrorCode bad)
        where T : struct
    {
        var text = table.Value(row, column);
        if (text.Length == 0)
        {
            problems.Add(RosterImportErrorCode.MissingValue, row.Line, column);
            return null;
        }
        var value = parse(text);
        if (value is null)
        {
            problems.Add(bad, row.Line, column, Shown(text));
        }
        return value;
    }

    private static string Shown(string value) => value.Length <= ShownLength ? value : value[..ShownLength] + "…";
}
