namespace FrontDesk.Data.Notifications;

// The rule for a key paced by spacing (a tenant, when sends may wait for their slot): one slot every Spacing, but twice
// as far apart for the first Ramp of a run, and a run starts with the first slot after Quiet without one. Its first
// requests meet cold code and new connections and arrive late, together with the ones after them. One rule for both
// places a pace is kept: in memory (TenantRateLimiter, one host) and in the database (SendPaces.BookAsync, several).
public sealed record SpacedPace(TimeSpan Spacing, TimeSpan Ramp, TimeSpan Quiet)
{
    // Whether a slot at `at` starts a new run, given the key's last slot (none yet: it does).
    public bool StartsRun(DateTimeOffset at, DateTimeOffset? last) => last is not { } taken || at - taken > Quiet;

    // How far the next slot lies after `slot`, in a run that began at runFrom.
    public TimeSpan After(DateTimeOffset slot, DateTimeOffset runFrom) => slot - runFrom < Ramp ? RampSpacing : Spacing;

    public TimeSpan RampSpacing => 2 * Spacing;
}
