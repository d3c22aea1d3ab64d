namespace GovData.Workflows.Audit;

/// <summary>Why a sign-in attempt did not succeed, as written in the audit row's summary.</summary>
public enum SignInFailure
{
    UnknownUser = 1,
    BadPassword = 2,
    NotAllowed = 3,
    LockedOut = 4,
}
