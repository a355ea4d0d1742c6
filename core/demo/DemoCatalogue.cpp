// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCatalogue.h"

namespace traject::demo {

std::span<const DemoPerson> demoPeople()
{
    using G = Gender;
    using N = Nt2Level;
    using E = EducationLevel;
    using M = MigrationBackground;
    static const DemoPerson people[] = {
        { "Amina", "El Idrissi", G::Female, "Arabisch", N::L2_4, E::Medium, M::Yes },
        { "Fatma", "Yilmaz", G::Female, "Turks", N::L2_2, E::Low, M::Yes },
        { "Sara", "Tesfaye", G::Female, "Tigrinya", N::L2_4, E::Low, M::Yes },
        { "Oksana", "Kovalenko", G::Female, "Oekraïens", N::L1_2, E::High, M::Yes },
        { "Leen", "Vermeulen", G::Female, "Nederlands", N::Native, E::Low, M::No },
        { "Hanna", "Haddad", G::Female, "Arabisch", N::L2_4, E::Medium, M::Yes },
        { "Aisha", "Diallo", G::Female, "Fula", N::L2_3, E::Low, M::Yes },
        { "Samira", "Ouali", G::Female, "Berbers", N::L2_4, E::Low, M::Yes },
        { "Elif", "Demir", G::Female, "Turks", N::L2_4, E::Medium, M::Yes },
        { "Marie", "Claes", G::Female, "Nederlands", N::Native, E::Medium, M::No },
        { "Ruth", "Mekonnen", G::Female, "Amhaars", N::L2_1, E::Low, M::Yes },
        { "Khadija", "Bouzid", G::Female, "Arabisch", N::L2_4, E::Low, M::Yes },
        { "Natalia", "Nowak", G::Female, "Pools", N::L2_4, E::Medium, M::Yes },
        { "Ilse", "De Smet", G::Female, "Nederlands", N::Native, E::Low, M::No },
        { "Grace", "Mensah", G::Female, "Engels", N::L2_2, E::Medium, M::Yes },
        { "Mariam", "Sultani", G::Female, "Dari", N::L1_2, E::Low, M::Yes },
        { "Zainab", "Jalloh", G::Female, "Krio", N::L2_4, E::Low, M::Yes },
        { "Lina", "Azizi", G::Female, "Pasjtoe", N::L2_3, E::Medium, M::Yes },
        { "Patricia", "Mbala", G::Female, "Frans", N::L2_4, E::Medium, M::Yes },
        { "Jana", "Peeters", G::Female, "Nederlands", N::Native, E::Medium, M::No },
        { "Hafsa", "Karimi", G::Female, "Dari", N::L2_4, E::Low, M::Yes },
        { "Tom", "Verstraete", G::Male, "Nederlands", N::Native, E::Low, M::No },
        { "Brenda", "Pinas", G::Female, "Sranantongo", N::L2_4, E::High, M::Yes },
        { "Yasmina", "Amrani", G::Female, "Arabisch", N::L2_1, E::Low, M::Yes },
        { "Nadia", "Benali", G::Female, "Arabisch", N::L2_4, E::Medium, M::Yes },
    };
    return people;
}

std::span<const DemoTown> demoTowns()
{
    static const DemoTown towns[] = {
        { "Brugge", "8000", "Langestraat" },
        { "Kortrijk", "8500", "Doorniksewijk" },
        { "Ieper", "8900", "Rijselstraat" },
        { "Roeselare", "8800", "Noordstraat" },
        { "Oostende", "8400", "Torhoutsesteenweg" },
        { "Sint-Andries", "8200", "Gistelse Steenweg" },
    };
    return towns;
}

std::span<const DemoBarrier> demoBarriers()
{
    using C = BarrierCategory;
    using O = ActionOwner;
    using D = SupportDomain;
    static const DemoBarrier barriers[] = {
        { C::Preconditions, "Geen opvang voor de eigen kinderen op stagedagen",
          "Plaats zoeken in de buitenschoolse opvang en aanvraag indienen", O::Together,
          D::Preconditions },
        { C::Preconditions, "Geen rijbewijs; de stageplaats is slecht bereikbaar met de bus",
          "Fietsroute uitproberen en abonnement De Lijn aanvragen", O::Learner, D::Preconditions },
        { C::FinancialMaterial, "Geen laptop en geen internet thuis",
          "Laptop lenen via het CVO en sociaal internettarief aanvragen", O::Spoc,
          D::Preconditions },
        { C::FinancialMaterial, "Schulden; angst om de uitkering te verliezen",
          "Afspraak bij de schuldhulpverlening van het OCMW", O::Partner, D::Administration },
        { C::Administrative, "Diploma uit het buitenland nog niet gelijkgesteld",
          "Dossier voor de gelijkwaardigheid samen invullen", O::Together, D::Administration },
        { C::Administrative, "Opleidingscontract bij VDAB nog niet in orde",
          "VDAB-consulent contacteren over het opleidingscontract", O::Spoc, D::Administration },
        { C::FamilySocial, "Weinig steun van de partner voor de opleiding",
          "Gesprek met de cursist over wie kan helpen; steunfiguren in kaart brengen", O::Together,
          D::Preconditions },
        { C::Cultural, "Onzeker over het werken met vaders en over lichamelijke verzorging",
          "Inleefmoment in de groepsopvang en nabespreking met de mentor", O::Together,
          D::Content },
        { C::Skills, "Moeite met plannen en met het bijhouden van de stagemap",
          "Samen een weekplanning maken; studiecoach inschakelen", O::Partner, D::Content },
        { C::Skills, "Digitale vaardigheden: nog geen ervaring met Smartschool",
          "Oefensessie digitale leeromgeving bij de start van het semester", O::Spoc, D::Content },
        { C::Language, "Vaktaal in de lessen is moeilijk; verslagen schrijven lukt nog niet",
          "Taalcoaching één keer per week", O::Partner, D::Content },
        { C::Psychological, "Faalangst bij examens",
          "Gesprek met de leerbegeleider over examenstress", O::Partner, D::Content },
        { C::InformalSchoolWork, "Voelt zich niet welkom in het team van de stageplaats",
          "Driegesprek met mentor en stagebegeleider", O::Together, D::Content },
        { C::FormalSchoolWork, "Lesrooster botst met de uren van de stageplaats",
          "Afspraak met het CVO over een aangepast rooster", O::Spoc, D::Content },
    };
    return barriers;
}

std::span<const DemoContact> demoContacts()
{
    using K = ContactKind;
    static const DemoContact contacts[] = {
        { K::Conversation, "cursist", "Kennismaking en verwachtingen besproken." },
        { K::Phone, "cursist", "Nagevraagd hoe de eerste lesweek verliep." },
        { K::Message, "cursist", "Herinnering aan de afspraak bij VDAB gestuurd." },
        { K::WorkplaceVisit, "mentor en cursist",
          "Bezoek op de werkplek; mentor is tevreden over de inzet." },
        { K::Meeting, "cursistenoverleg",
          "Besproken op het cursistenoverleg; opvolging van de stagedagen." },
        { K::HomeVisit, "cursist en partner", "Thuisbezoek; opvang van de kinderen besproken." },
        { K::Conversation, "cursist en stagebegeleider", "Tussentijdse evaluatie werkplekleren." },
        { K::Phone, "VDAB-consulent", "Opleidingscontract en vergoedingen overlopen." },
    };
    return contacts;
}

QString asciiLower(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            result.append(c.toLower());
    }
    return result;
}

} // namespace traject::demo
