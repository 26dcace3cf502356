namespace Registry.Core.Works;

public enum TransferProblem
{
    InvalidAddress,
    ZeroAddress,
    AlreadyOwner,
    NotOwner,
    UnknownWork,
    ReceiverRefuses,
    NoFunds,
}
