// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModulePlanner.h"

#include <QHash>

#include <algorithm>

namespace traject {

namespace {

/// The semester the programme itself gives the module (1 to 6).
int typicalSemester(const Module &module)
{
    return std::clamp(module.typicalSemester, 1, 6);
}

} // namespace

int plannedSemesters(EnrolmentVariant variant)
{
    switch (variant) {
    case EnrolmentVariant::Months12:
        return 2;
    case EnrolmentVariant::Months15:
    case EnrolmentVariant::Months18:
    case EnrolmentVariant::Delayed:
        return 3;
    }
    return 2;
}

std::vector<ModulePlan> proposedModulePlan(const Programme &programme, EnrolmentVariant variant)
{
    std::vector<const Module *> modules;
    for (const auto &module : programme.modules)
        modules.push_back(&module);
    // The programme's order: by typical semester, then as listed.
    std::stable_sort(modules.begin(), modules.end(), [](const Module *a, const Module *b) {
        return std::pair(typicalSemester(*a), a->position)
            < std::pair(typicalSemester(*b), b->position);
    });

    int ownSemesters = 1;
    for (const Module *module : modules)
        ownSemesters = std::max(ownSemesters, typicalSemester(*module));
    const int semesters = plannedSemesters(variant);
    const bool stretch = semesters > ownSemesters;

    // The class modules' teaching periods, to share them out over the semesters.
    int total = 0;
    int classModules = 0;
    for (const Module *module : modules) {
        if (!module->isPlacement) {
            total += std::max(0, module->lestijden);
            ++classModules;
        }
    }
    const bool byCount = total == 0;
    if (byCount)
        total = classModules;

    QHash<const Module *, int> semesterOf;
    int before = 0; // teaching periods (or modules) of the class modules before this one
    for (const Module *module : modules) {
        int semester = typicalSemester(*module);
        if (stretch && module->isPlacement) {
            if (semester == ownSemesters)
                semester = semesters;
        } else if (stretch) {
            semester = 1 + before * semesters / total;
            before += byCount ? 1 : std::max(0, module->lestijden);
        }
        semesterOf.insert(module, semester);
    }

    std::vector<ModulePlan> plans; // as the programme lists its modules
    for (const auto &module : programme.modules) {
        ModulePlan plan;
        plan.moduleId = module.id;
        plan.semester = semesterOf.value(&module);
        plans.push_back(plan);
    }
    return plans;
}

} // namespace traject
