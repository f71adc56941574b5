using System.Globalization;
using FrontDesk.Data.Directory;

namespace FrontDesk.Data.Calls;

// One line of a call-record file, checked column by column: each problem is recorded with the line, and a
// line with any problem gives no call.
internal sealed class CallRecordLine(CallRecordTable table, CallRecordColumns columns, CsvRecord row, CallImportProblems problems)
{
    public CallRecord? Read(CallRules rules)
    {
        var ok = true;
        var startText = Required(columns.StartTime, ref ok);
        var started = startText.Length == 0 ? null : CallRecordValues.Time(startText, rules);
        ok &= Check(startText.Length == 0 || started is not null, CallImportErrorCode.BadTime, columns.StartTime, startText);
        var directionText = Required(columns.Direction, ref ok);
        var direction = CallRecordValues.Direction(directionText);
        ok &= Check(directionText.Length == 0 || direction is not null, CallImportErrorCode.BadDirection, columns.Direction, directionText);
        var answeredText = Required(columns.Answered, ref ok);
        var answered = CallRecordValues.Answered(answeredText);
        ok &= Check(answeredText.Length == 0 || answered is not null, CallImportErrorCode.BadAnswered, columns.Answered, answeredText);
        // A missed call may have no wait; an answered one must say how long it rang.
        var waitText = table.Value(row, columns.WaitSeconds);
        var wait = waitText.Length == 0 ? null : CallRecordValues.Seconds(waitText);
        ok &= Check(waitText.Length == 0 || wait is not null, CallImportErrorCode.BadSeconds, columns.WaitSeconds, waitText);
        if (waitText.Length == 0 && answered == true)
        {
            problems.Add(CallImportErrorCode.MissingValue, row.Line, columns.WaitSeconds);
            ok = false;
        }
        var number = Short(columns.CallerNumber, ref ok);
        var answeredBy = Short(columns.AnsweredBy, ref ok);
        var callId = Short(columns.CallId, ref ok);
        if (!ok)
        {
            return null;
        }
        var startedAt = started!.Value;
        return new CallRecord
        {
            Key = callId.Length > 0
                ? "id:" + callId
                : string.Create(CultureInfo.InvariantCulture, $"at:{startedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}|{direction}|{number}"),
            StartedAt = startedAt,
            Direction = direction!.Value,
            CallerNumber = number.Length == 0 ? null : number,
            WaitSeconds = wait,
            Answered = answered!.Value,
            AnsweredBy = answeredBy.Length == 0 || answered == false ? null : answeredBy,
            ImportedBy = "",
        };
    }

    private string Required(string column, ref bool ok)
    {
        var value = table.Value(row, column);
        if (value.Length == 0)
        {
            problems.Add(CallImportErrorCode.MissingValue, row.Line, column);
            ok = false;
        }
        return value;
    }

    private string Short(string column, ref bool ok)
    {
        var value = table.Value(row, column);
        if (value.Length <= CallRecordImport.TextLength)
        {
            return value;
        }
        problems.Add(CallImportErrorCode.ValueTooLong, row.Line, column, value[..60] + "…");
        ok = false;
        return "";
    }

    private bool Check(bool valid, CallImportErrorCode code, string column, string value)
    {
        if (!valid)
        {
            problems.Add(code, row.Line, column, value.Length > 60 ? value[..60] + "…" : value);
        }
        return valid;
    }
}
