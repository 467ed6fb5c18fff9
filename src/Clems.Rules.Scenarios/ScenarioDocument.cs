namespace Clems.Rules.Scenarios;
