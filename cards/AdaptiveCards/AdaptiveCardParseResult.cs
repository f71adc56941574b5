namespace AdaptiveCards;

public class AdaptiveCardParseResult
{
    public AdaptiveCard? Card { get; set; }

    public List<AdaptiveWarning> Warnings { get; } = [];
}

public class AdaptiveWarning
{
    public AdaptiveWarning(int code, string message)
    {
        Code = code;
        Message = message;
    }

    public int Code { get; set; }

    public string Message { get; set; }
}
