namespace FrontDesk.Tests.Calls;

// A phone system's export for Tuesday 1 Dec 2026 (building time, Shanghai), with its figures worked out by hand
// at 6 s a ring, so three rings = 18 s. Only inbound calls count.
//
//   line  local  wait  answered by   rings            hour 09: 5 calls (lines 2-6), 3 within (2,3,4), 1 missed (6) -> 60%
//   2     09:02   4 s  Li Na        1  within         hour 10: 4 calls (8-11), 2 within (8,10), 1 missed (11)     -> 50%
//   3     09:10  12 s  Li Na        2  within         hour 11: 2 calls (12,14), 1 within (14)                     -> 50%
//   4     09:15  18 s  Zhou Min     3  within (edge)
//   5     09:20  19 s  Zhou Min     4                 Li Na:    4 answered (2,3,8,14), 4 within -> 100%, (4+12+7+18)/4 = 10.25 -> 10 s
//   6     09:40   -    missed                         Zhou Min: 4 answered (4,5,9,10), 2 within -> 50%, (18+19+31+6)/4 = 18.5 -> 19 s
//   7     09:55  outbound: not counted                nobody:   1 answered (12), 0 within -> 0%, 30 s
//   8     10:05   7 s  li na (0:07) 2  within
//   9     10:30  31 s  Zhou Min     6                 total: 11 calls, 9 answered, 2 missed, 6 within -> 6/11 = 54.5 -> 55%
//   10    10:45   6 s  Zhou Min     1  within         rings: 1st 2 (2,10), 2nd 2 (3,8), 3rd 2 (4,14), 4th-5th 2 (5,12), later 1 (9)
//   11    10:50   -    missed
//   12    11:10  30 s  (nobody)     5                 (line 12 has its own +08:00 offset, line 14 is in UTC: 03:30Z = 11:30)
//   13    11:20  internal: not counted
//   14    11:30  17.2 s -> 18 s Li Na 3 within
public static class CallRecordSamples
{
    public const string Header = "start_time,direction,caller_number,ring_seconds,answered,answered_by";

    public const string Tuesday = Header + "\n" +
        "2026-12-01 09:02:10,inbound,+86 21 1111 0001,4,yes,Li Na\n" +
        "2026-12-01 09:10:00,inbound,+86 21 1111 0002,12,yes,Li Na\n" +
        "2026-12-01 09:15:30,inbound,+86 21 1111 0003,18,yes,Zhou Min\n" +
        "2026-12-01 09:20:00,inbound,+86 21 1111 0004,19,yes,Zhou Min\n" +
        "2026-12-01 09:40:00,inbound,,25,no,\n" +
        "2026-12-01 09:55:00,outbound,+86 21 2222 0001,3,yes,Li Na\n" +
        "2026-12-01 10:05:00,inbound,+86 21 1111 0005,0:07,yes,li na\n" +
        "2026-12-01 10:30:00,in,+86 21 1111 0006,31,yes,Zhou Min\n" +
        "2026-12-01 10:45:00,呼入,+86 21 1111 0007,6,是,Zhou Min\n" +
        "2026-12-01 10:50:00,inbound,+86 21 1111 0008,,no,\n" +
        "2026-12-01T11:10:00+08:00,inbound,+86 21 1111 0009,30,yes,\n" +
        "2026-12-01 11:20:00,internal,8001,2,yes,Li Na\n" +
        "2026-12-01 03:30:00Z,inbound,+86 21 1111 0010,17.2,yes,Li Na\n";

    public const string Broken = Header + "\n" +
        "yesterday,inbound,123,4,yes,Li Na\n" +
        "2026-12-01 09:00,sideways,123,4,yes,\n" +
        "2026-12-01 09:01,inbound,123,abc,maybe,\n" +
        "2026-12-01 09:02,inbound,123,,yes,\n" +
        "2026-12-01 09:03,inbound,124,4,yes,Li Na\n" +
        "2026-12-01 09:03,inbound,124,5,yes,Li Na\n";
}
