namespace FrontDesk.Data;

// Collects an import's errors up to a limit, so a file with thousands of bad lines gives a readable list; each
// import adds its own kind of error.
public abstract class ImportErrorList<TError>(int limit)
{
    private readonly List<TError> _errors = [];

    public IReadOnlyList<TError> Errors => _errors;

    public bool More { get; private set; }

    public bool Any => _errors.Count > 0;

    protected void Add(TError error)
    {
        if (_errors.Count < limit)
        {
            _errors.Add(error);
        }
        else
        {
            More = true;
        }
    }
}
