using CrmSupportHub.Core.Clients;

namespace CrmSupportHub.Core.Abstractions;

/// <summary>Keeps the contract history of each client as configured, so reports can show which version applied.</summary>
public interface IContractStore
{
    /// <summary>Records the client's configured versions; versions already stored with the same terms are left alone.</summary>
    Task SaveAsync(ClientProfile client, CancellationToken cancellationToken);

    Task<IReadOnlyList<ContractVersion>> GetAsync(string clientId, CancellationToken cancellationToken);
}
