#!/usr/bin/env python3
"""Compare OCX0003 with the secret scanners teams use today, over the labelled corpus of the OCX0003 tests.

Builds the corpus (tests/OpenCx.Scopes.Tests/Credentials/Corpus) into one C# file exactly as the tests do, then runs
  - OCX0003 (this repository's analyzer, built in Release),
  - SonarAnalyzer.CSharp 9.32.0.97167, its credential rules switched on, as shipped and with S2068's word list
    tuned for API keys,
  - the DevSkim CLI (dotnet tool Microsoft.CST.DevSkim.CLI), its secret and credential rules,
  - secretlint with its recommended preset (npm),
and prints each tool's precision and recall by corpus line. A script, not a test: it needs the network for NuGet
and npm the first time and takes a few minutes.
Usage: python3 tools/secret-scanner-comparison/compare.py [--held-out] [--keep]
--held-out scores the held-out half of Corpus/heldout.tsv (its even rows) instead of corpus.tsv.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(REPO, "tests", "OpenCx.Scopes.Tests", "Credentials", "Corpus")
SONAR_VERSION = "9.32.0.97167"
# The package's credential rules: S2068 hard-coded credentials, S6781 JWT secret keys, S2115 database passwords.
# S6418 (hard-coded secrets) is asked for too, but this version has no C# implementation of it: the output says so.
SONAR_RULES = ("S2068", "S6418", "S6781", "S2115")
# S2068 looks only at names with these words; the tuned run adds the words of an API key, as a team could in SonarLint.xml.
SONAR_TUNED_WORDS = "password, passwd, pwd, passphrase, apikey, api_key, api-key, token, secret, bearer, credential"
DEVSKIM_VERSION = "1.0.100"
SECRETLINT_VERSION = "13.0.6"
SECRETLINT_PRESET_VERSION = "13.0.7"
STATEMENT_SIGNATURE = ("void Run(HttpClient client, HttpRequestMessage request, IConfiguration configuration, "
                       "IDictionary<string, string?> settings, IHeaderDictionary headers)")


def load_corpus(held_out=False):
    rows = []
    with open(os.path.join(CORPUS, "heldout.tsv" if held_out else "corpus.tsv"), encoding="utf-8") as f:
        for row in f:
            row = row.rstrip("\n")
            if not row or row.startswith("#"):
                continue
            rows.append(row.split("\t", 2))
    if held_out:
        rows = rows[1::2]  # rows 2, 4, 6…: the half the rule was not tuned on
    # Numbered by position, so a source line maps back to its row.
    return [{"number": i + 1, "key": label == "key", "kind": kind, "code": code} for i, (label, kind, code) in enumerate(rows)]


def corpus_source(lines):
    """The same text KeyCorpus.Source() builds in the tests: the prelude, then one line per row."""
    with open(os.path.join(CORPUS, "Prelude.cs.txt"), encoding="utf-8") as f:
        prelude = f.read().replace("\r\n", "\n").rstrip("\n")
    rows = []
    for line in lines:
        if line["kind"] == "member":
            rows.append(f"sealed class Line{line['number']:03d} {{ {line['code']} }}")
        else:
            rows.append(f"sealed class Line{line['number']:03d} {{ {STATEMENT_SIGNATURE} {{ {line['code']} }} }}")
    return prelude + "\n" + "\n".join(rows) + "\n", len(prelude.split("\n"))


def run(command, cwd, **kwargs):
    print("$ " + " ".join(command), file=sys.stderr)
    return subprocess.run(command, cwd=cwd, check=False, text=True, capture_output=True, **kwargs)


def analyzer_dll():
    build = run(["dotnet", "build", os.path.join(REPO, "src", "OpenCx.Scopes.Analyzers"), "-c", "Release", "-nologo", "-v:q"], REPO)
    if build.returncode != 0:
        sys.exit("building the analyzer failed:\n" + build.stdout + build.stderr)
    return os.path.join(REPO, "src", "OpenCx.Scopes.Analyzers", "bin", "Release", "netstandard2.0", "OpenCx.Scopes.Analyzers.dll")


def roslyn_tools(work, source_path, analyzer, folder, sonar_words=None):
    """OCX0003 and Sonar in one build: both report into one SARIF error log. Returns (ocx lines, sonar lines, rules)."""
    project = os.path.join(work, folder)
    os.makedirs(project)
    shutil.copy(source_path, os.path.join(project, "Corpus.cs"))
    sonar_lint = ""
    if sonar_words:
        with open(os.path.join(project, "SonarLint.xml"), "w") as f:
            f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<AnalysisInput><Rules><Rule><Key>S2068</Key><Parameters>
  <Parameter><Key>credentialWords</Key><Value>{sonar_words}</Value></Parameter>
</Parameters></Rule></Rules></AnalysisInput>
""")
        sonar_lint = '<AdditionalFiles Include="SonarLint.xml" />'
    with open(os.path.join(project, "Corpus.csproj"), "w") as f:
        f.write(f"""<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ErrorLog>$(MSBuildProjectDirectory)/diagnostics.sarif,version=2.1</ErrorLog>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SonarAnalyzer.CSharp" Version="{SONAR_VERSION}" PrivateAssets="all" />
    <Analyzer Include="{analyzer}" />
    {sonar_lint}
  </ItemGroup>
</Project>
""")
    with open(os.path.join(CORPUS, "corpus.editorconfig")) as f:
        editorconfig = f.read()
    with open(os.path.join(project, ".editorconfig"), "w") as f:
        f.write(editorconfig + "".join(f"dotnet_diagnostic.{rule}.severity = warning\n" for rule in SONAR_RULES))
    result = run(["dotnet", "build", "-nologo", "-v:q", "--no-incremental"], project)
    sarif_path = os.path.join(project, "diagnostics.sarif")
    if not os.path.exists(sarif_path):
        sys.exit("the corpus build wrote no error log:\n" + result.stdout + result.stderr)
    with open(sarif_path, encoding="utf-8-sig") as f:
        sarif = json.load(f)
    known = {rule["id"] for rule in sarif["runs"][0]["tool"]["driver"].get("rules", [])}
    ocx, sonar, fired = set(), set(), set()
    for result in sarif["runs"][0].get("results", []):
        rule = result.get("ruleId", "")
        line = result["locations"][0]["physicalLocation"]["region"]["startLine"] if result.get("locations") else 0
        if rule == "OCX0003":
            ocx.add(line)
        elif rule in SONAR_RULES:
            fired.add(rule)
            sonar.add(line)
    missing = [rule for rule in SONAR_RULES if rule not in known]
    return ocx, sonar, fired, missing


def devskim(work, source_path):
    tools = os.path.join(work, "dotnet-tools")
    install = run(["dotnet", "tool", "install", "Microsoft.CST.DevSkim.CLI", "--version", DEVSKIM_VERSION, "--tool-path", tools], work)
    if install.returncode != 0:
        print("DevSkim did not install: " + install.stderr, file=sys.stderr)
        return None, set()
    out = os.path.join(work, "devskim.sarif")
    run([os.path.join(tools, "devskim"), "analyze", "-I", source_path, "-O", out, "-f", "sarif"], work)
    with open(out, encoding="utf-8-sig") as f:
        sarif = json.load(f)
    names = {}
    for rule in sarif["runs"][0].get("tool", {}).get("driver", {}).get("rules", []):
        names[rule["id"]] = (rule.get("name", "") + " " + rule.get("shortDescription", {}).get("text", "")).lower()
    secret_words = re.compile(r"secret|credential|password|token|key|hard.?coded")
    flagged, rules_seen = set(), set()
    for result in sarif["runs"][0].get("results", []):
        rule = result.get("ruleId", "")
        if not secret_words.search(names.get(rule, rule.lower())):
            continue
        rules_seen.add(f"{rule} ({names.get(rule, '').strip()})")
        flagged.add(result["locations"][0]["physicalLocation"]["region"]["startLine"])
    return flagged, rules_seen


def secretlint(work, source_path):
    node = os.path.join(work, "secretlint")
    os.makedirs(node)
    install = run(["npm", "install", "--no-audit", "--no-fund", "--silent",
                   f"secretlint@{SECRETLINT_VERSION}", f"@secretlint/secretlint-rule-preset-recommend@{SECRETLINT_PRESET_VERSION}"], node)
    if install.returncode != 0:
        print("secretlint did not install: " + install.stderr, file=sys.stderr)
        return None, set()
    with open(os.path.join(node, ".secretlintrc.json"), "w") as f:
        json.dump({"rules": [{"id": "@secretlint/secretlint-rule-preset-recommend"}]}, f)
    shutil.copy(source_path, os.path.join(node, "Corpus.cs"))
    result = run([os.path.join(node, "node_modules", ".bin", "secretlint"), "Corpus.cs", "--format", "json"], node)
    flagged, rules_seen = set(), set()
    for file in json.loads(result.stdout or "[]"):
        for message in file.get("messages", []):
            rules_seen.add(message.get("ruleId", ""))
            flagged.add(message["loc"]["start"]["line"])
    return flagged, rules_seen


def score(name, flagged_source_lines, lines, first_row_line):
    flagged = {n - first_row_line + 1 for n in flagged_source_lines if first_row_line <= n < first_row_line + len(lines)}
    tp = sum(1 for line in lines if line["key"] and line["number"] in flagged)
    fp = sum(1 for line in lines if not line["key"] and line["number"] in flagged)
    fn = sum(1 for line in lines if line["key"] and line["number"] not in flagged)
    precision = f"{tp / (tp + fp):.3f}" if tp + fp else "n/a"
    recall = f"{tp / (tp + fn):.3f}"
    return f"| {name} | {tp + fp} | {tp} | {fp} | {fn} | {precision} | {recall} |"


def main():
    lines = load_corpus("--held-out" in sys.argv)
    source, prelude_lines = corpus_source(lines)
    first_row_line = prelude_lines + 1  # 1-based line of corpus row 1
    work = tempfile.mkdtemp(prefix="ocx0003-compare-")
    source_path = os.path.join(work, "Corpus.cs")
    with open(source_path, "w", encoding="utf-8") as f:
        f.write(source)

    results = []
    analyzer = analyzer_dll()
    ocx, sonar, sonar_rules, sonar_missing = roslyn_tools(work, source_path, analyzer, "roslyn")
    results.append(("OCX0003", ocx))
    results.append((f"SonarAnalyzer.CSharp {SONAR_VERSION}, as shipped", sonar))
    _, tuned, tuned_rules, _ = roslyn_tools(work, source_path, analyzer, "roslyn-tuned", SONAR_TUNED_WORDS)
    results.append((f"SonarAnalyzer.CSharp {SONAR_VERSION}, S2068 words tuned for API keys", tuned))
    devskim_flagged, devskim_rules = devskim(work, source_path)
    if devskim_flagged is not None:
        results.append(("DevSkim CLI " + DEVSKIM_VERSION, devskim_flagged))
    secretlint_flagged, secretlint_rules = secretlint(work, source_path)
    if secretlint_flagged is not None:
        results.append(("secretlint " + SECRETLINT_VERSION + " (preset-recommend)", secretlint_flagged))

    keys = sum(1 for line in lines if line["key"])
    print(f"Corpus: {len(lines)} lines, {keys} with a key, {len(lines) - keys} without.")
    print()
    print("| tool | lines flagged | true positives | false positives | missed keys | precision | recall |")
    print("|---|---|---|---|---|---|---|")
    for name, flagged_lines in results:
        print(score(name, flagged_lines, lines, first_row_line))
    print()
    print("Sonar rules switched on: " + ", ".join(SONAR_RULES) + "; not in this version: " + (", ".join(sonar_missing) or "none"))
    print("Sonar rules that fired: " + (", ".join(sorted(sonar_rules | tuned_rules)) or "none"))
    print("DevSkim rules counted: " + (", ".join(sorted(devskim_rules)) or "none"))
    print("secretlint rules that fired: " + (", ".join(sorted(secretlint_rules)) or "none"))
    if "--keep" in sys.argv:
        print("Work folder kept: " + work)
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
