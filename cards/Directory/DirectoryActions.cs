using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Directory;

// Every button of the directory's cards: the desk's staff list and the directory import.
public static class DirectoryActions
{
    public static readonly CardAction OpenStaffForm = new("staff.open");
    public static readonly CardAction ListStaff = new("staff.list");
    public static readonly CardAction SaveStaff = new("staff.save");
    public static readonly CardAction OpenImport = new("import.open");
}
