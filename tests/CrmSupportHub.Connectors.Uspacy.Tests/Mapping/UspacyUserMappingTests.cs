using System.Text.Json;
using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using CrmSupportHub.Connectors.Uspacy.Mapping;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Mapping;

public sealed class UspacyUserMappingTests
{
    [Test]
    public void ToUser_DocumentedPage_MapsNameEmailAndActivity()
    {
        var users = Fixtures.Users("users-page.json").Select(UspacyMapper.ToUser);

        Assert.That(users, Is.EqualTo(new[]
        {
            new ExternalUser("7", "Ada Lovelace", "ada@client.ua", IsActive: true),
            new ExternalUser("8", "Bob Invited", null, IsActive: false),
        }));
    }

    [Test]
    public void ToUser_ListAllArray_SkipsRowsWithoutIdAndCountsOnlyRegisteredInternalActiveUsers()
    {
        var users = Fixtures.Users("users-all.json").Select(UspacyMapper.ToUser).OfType<ExternalUser>();

        Assert.That(users, Is.EqualTo(new[]
        {
            new ExternalUser("1", "Olena Owner", "olena@client.ua", IsActive: true),
            new ExternalUser("2", "Petro", null, IsActive: true),
            new ExternalUser("3", "Partner Agency", null, IsActive: false),
            new ExternalUser("4", "Gone User", null, IsActive: false),
            new ExternalUser("5", "User 5", null, IsActive: false),
        }));
    }

    [TestCase("""{ "id": 1, "active": true, "registered": true, "external_user": true }""", false, TestName = "ToUser_ExternalUserFlag_IsNotActive")]
    [TestCase("""{ "id": 1, "active": true, "registered": true, "roles": ["USER", "external_user"] }""", false, TestName = "ToUser_ExternalUserRoleInAnyCase_IsNotActive")]
    [TestCase("""{ "id": 1, "active": true, "registered": false }""", false, TestName = "ToUser_InvitedNotRegistered_IsNotActive")]
    [TestCase("""{ "id": 1, "active": true }""", true, TestName = "ToUser_RegisteredMissing_CountsAsRegistered")]
    [TestCase("""{ "id": 1, "registered": true }""", false, TestName = "ToUser_ActiveMissing_IsNotActive")]
    [TestCase("""{ "id": 1, "active": "yes", "registered": true }""", false, TestName = "ToUser_ActiveUnreadable_IsNotActive")]
    public void ToUser_Flags_DecideActivity(string json, bool active)
    {
        var user = UspacyMapper.ToUser(JsonSerializer.Deserialize(json, UspacyJsonContext.Default.UserDto)!);

        Assert.That(user?.IsActive, Is.EqualTo(active));
    }

    [Test]
    public void ToUser_EmailWithoutNames_NamesTheUserByEmail()
    {
        var user = UspacyMapper.ToUser(new UserDto { Id = "3", FirstName = " ", Emails = [new UserEmailDto(" x@a.ua ", null)] });

        Assert.That(user?.Name, Is.EqualTo("x@a.ua"));
    }

    [Test]
    public void Read_ObjectWithoutData_IsRejected()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{ "message": "Forbidden" }""", UspacyJsonContext.Default.UserListDto));
    }
}
