namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Error answers shaped as Azure's Direct Line gives them: { "error": { "code", "message" } }.
public static class DirectLineErrors
{
    public static IResult Of(int status, string code, string message) =>
        Results.Text(ActivityJson.Write(new { error = new { code, message } }), "application/json", statusCode: status);
}
