using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Staffing;

// Every button of the roster and staffing cards.
public static class StaffingActions
{
    public static readonly CardAction Show = new("staffing.show");
    public static readonly CardAction Roster = new("staffing.roster");
    public static readonly CardAction OpenShift = new("staffing.shift.open");
    public static readonly CardAction SaveShift = new("staffing.shift.save");
    public static readonly CardAction RemoveShift = new("staffing.shift.remove");
    public static readonly CardAction ImportRoster = new("staffing.roster.import");
}
