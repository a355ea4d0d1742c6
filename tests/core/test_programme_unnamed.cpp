// SPDX-License-Identifier: GPL-3.0-or-later
// A programme whose modules are not all named yet is incomplete: Programme::unnamedModules().
#include "TestSupport.h"

#include "domain/Programme.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

Module module(const QString &name, bool toBeNamed, bool isPlacement = false)
{
    Module result;
    result.name = name;
    result.lestijden = 40;
    result.toBeNamed = toBeNamed;
    result.isPlacement = isPlacement;
    return result;
}

} // namespace

TEST_CASE("a programme counts the modules that are still to be named")
{
    Programme programme;
    programme.name = QStringLiteral("Kinderbegeleider");
    CHECK(programme.unnamedModules() == 0); // no modules at all

    programme.modules = { module(QStringLiteral("EHBO en levensreddend handelen"), false),
                          module(QStringLiteral("Basisverzorging"), false) };
    CHECK(programme.unnamedModules() == 0);

    programme.modules.push_back(module(QStringLiteral("Module 3 (nog te benoemen)"), true));
    programme.modules.push_back(module(QStringLiteral("Module 4 (nog te benoemen)"), true));
    CHECK(programme.unnamedModules() == 2);

    // The placement module counts too when it has no name yet.
    programme.modules.push_back(module(QStringLiteral("Stage (nog te benoemen)"), true, true));
    CHECK(programme.unnamedModules() == 3);

    // A module that gets its name no longer counts; the name alone does not decide.
    programme.modules[2].name = QStringLiteral("Spelen en ontwikkelen");
    programme.modules[2].toBeNamed = false;
    programme.modules[3].name = QStringLiteral("Samenwerken met gezinnen en hun context");
    CHECK(programme.unnamedModules() == 2);
}

TEST_CASE("the shipped templates have 14 (CVO) and 1 (Syntra) modules without a name")
{
    // CVO: 19 modules, of which the sources name four and the placement module.
    const auto cvo
        = traject::test::require(ProgrammeTemplates::load(QStringLiteral("cvo-kinderbegeleider")));
    CHECK(cvo.unnamedModules() == 14);
    // Syntra: the class modules are one block "Lesmodules (nog te benoemen)".
    const auto syntra = traject::test::require(
        ProgrammeTemplates::load(QStringLiteral("syntra-kinderbegeleider")));
    CHECK(syntra.unnamedModules() == 1);
}

} // namespace TRAJECT_UNITY_ID
