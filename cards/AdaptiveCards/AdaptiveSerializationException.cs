namespace AdaptiveCards;

public class AdaptiveSerializationException : Exception
{
    public AdaptiveSerializationException()
    {
    }

    public AdaptiveSerializationException(string message)
        : base(message)
    {
    }

    public AdaptiveSerializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
