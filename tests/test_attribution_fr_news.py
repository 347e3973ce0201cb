"""French attribution on constructions seen in real news (issue 13), on sentences written for the tests:
speaker-colon quotations, floating quotations, cues with trailing material, postposed sources,
complements of accusation verbs, and speaker types (role nouns, names, `de même source`)."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language

from framing.types import Attribution


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def content(text: str, a: Attribution) -> str:
    assert a.content_start is not None and a.content_end is not None
    return text[a.content_start : a.content_end]


def test_speaker_then_colon_opens_a_quotation(nlp: Language) -> None:
    text = "Le débat a repris mardi.\n\nPaul Marchand, économiste : « Les prix vont encore monter cet hiver. »"
    (a,) = found(nlp, text)
    assert a.rule == "colon" and a.form == "direct"
    assert a.speaker == "Paul Marchand" and a.speaker_type == "named_person"
    assert a.text == "Paul Marchand, économiste :"
    assert content(text, a) == "Les prix vont encore monter cet hiver."


def test_a_date_before_a_colon_is_no_speaker(nlp: Language) -> None:
    text = (
        "« Nous ne lâcherons rien », a déclaré Julie Morel, présidente du syndicat.\n\n"
        "Mars 2021 : « Il faudra des années pour réparer tout cela. »"
    )
    first, second = found(nlp, text)
    assert second.rule == "floating" and second.speaker == first.speaker
    assert content(text, second) == "Il faudra des années pour réparer tout cela."


def test_quotations_chained_by_semicolons_are_one_content(nlp: Language) -> None:
    text = "Jeanne Vidal, maire de la ville : « Le pont sera rouvert. » ; « Les travaux ont assez duré. »"
    (a,) = found(nlp, text)
    assert content(text, a) == "Le pont sera rouvert. » ; « Les travaux ont assez duré."


def test_floating_quotation_continues_the_previous_speaker(nlp: Language) -> None:
    text = (
        "« Les stocks sont presque vides », a expliqué un responsable de la coopérative. "
        "« Nous attendons une livraison depuis trois semaines. »\n\n"
        "Les agriculteurs manifesteront samedi."
    )
    first, second = found(nlp, text)
    assert first.speaker_type == "anonymous"
    assert second.rule == "floating" and second.form == "direct"
    assert (second.speaker, second.speaker_type) == (first.speaker, "anonymous")
    assert content(text, second) == "Nous attendons une livraison depuis trois semaines."
    assert second.verb is None and second.stance is None


def test_quotation_alone_on_its_line_is_a_subheading_not_a_floating_quote(nlp: Language) -> None:
    text = (
        "« Le calendrier sera tenu », a assuré la ministre, Claire Dubois.\n\n"
        "« Une rentrée sous tension »\n\n"
        "Les syndicats se réunissent lundi."
    )
    assert [a.rule for a in found(nlp, text)] == ["inverted"]


def test_a_quotation_after_another_speakers_sentence_is_not_floating_far_away(nlp: Language) -> None:
    text = (
        "« Tout est prêt », a affirmé Marc Petit.\n\n"
        + "Le chantier a pris du retard pendant l'hiver et les riverains se plaignent du bruit. " * 6
        + "\n\n« Le quartier sera enfin tranquille. »"
    )
    # round 15: `se plaignent du bruit` is a complaint stated (a record of its own); the last quotation
    # must still not go to Marc Petit, six sentences away
    assert [a.rule for a in found(nlp, text) if a.speaker == "Marc Petit"] == ["inverted"]


def test_surname_alone_and_honorific_are_named_people(nlp: Language) -> None:
    text = (
        "Hélène Garnier a présenté son budget mardi. Garnier a ensuite affirmé que les impôts baisseraient. "
        "M. Lefort a répondu que rien n'était prévu."
    )
    types = {a.speaker: a.speaker_type for a in found(nlp, text)}
    assert types["Garnier"] == "named_person"
    assert types["M. Lefort"] == "named_person"


def test_a_name_closing_the_speaker_phrase_makes_it_named(nlp: Language) -> None:
    text = "Le secrétaire général du syndicat des pilotes Arnaud Mercier a déclaré que la grève continuerait."
    (a,) = found(nlp, text)
    assert a.speaker_type == "named_person"


def test_role_description_after_a_name_is_the_named_person(nlp: Language) -> None:
    text = (
        "Sophie Lambert a lancé sa campagne à Lyon. "
        "La candidate écologiste a affirmé que le climat serait sa priorité. "
        "« Nous gagnerons », a-t-elle ajouté."
    )
    attributions = found(nlp, text)
    assert [a.speaker_type for a in attributions] == ["named_person", "named_person"]


def test_role_description_with_no_name_before_stays_anonymous(nlp: Language) -> None:
    text = "La grève a commencé. L'économiste a estimé que la croissance ralentirait."
    (a,) = found(nlp, text)
    assert a.speaker_type == "anonymous"


def test_an_outlets_article_speaks_for_the_outlet(nlp: Language) -> None:
    text = "Selon le rapport du Guardian, les premiers soldats sont arrivés à la base."
    (a,) = found(nlp, text)
    assert a.speaker_type == "media"


def test_an_adverb_after_the_verb_is_not_an_inverted_speaker(nlp: Language) -> None:
    text = "La ministre de la Santé, Anne Roux, expliquait ainsi à la veille du sommet : « Nous tiendrons. »"
    (a,) = found(nlp, text)
    assert a.speaker == "La ministre de la Santé, Anne Roux"


def test_passive_reporting_verb_has_no_subject_speaker(nlp: Language) -> None:
    text = "Aujourd'hui, un grand défi est lancé aux villes par la région."
    assert found(nlp, text) == []


def test_object_of_an_accusation_verb_runs_to_the_end_of_its_clause(nlp: Language) -> None:
    text = "Le syndicat a accusé mardi la direction de mentir aux salariés, rapporte Ouest-France."
    first = found(nlp, text)[0]
    assert content(text, first) == "la direction de mentir aux salariés"


def test_postposed_incise_before_a_colon_reports_the_clause_before(nlp: Language) -> None:
    text = "La mairie a fermé le stade jeudi, rapporte Reuters : le club a protesté."
    incise = [a for a in found(nlp, text) if a.speaker == "Reuters"]
    assert incise and content(text, incise[0]) == "La mairie a fermé le stade jeudi"


def test_prepositional_complements_are_reported_content(nlp: Language) -> None:
    text = (
        "Le maire a appelé à la retenue après les incidents. "
        "La préfète a mis en garde contre tout rassemblement non déclaré. "
        "Le président menace de quitter l'organisation. "
        "Le ministre a dit aux journalistes de ne pas attendre de miracle."
    )
    got = {a.speaker: content(text, a) for a in found(nlp, text)}
    assert "Le maire" not in got  # round 45: a call to act with a noun reports no statement (read sets' notes)
    assert got["La préfète"] == "tout rassemblement non déclaré"
    assert got["Le président"] == "quitter l'organisation"
    assert got["Le ministre"] == "ne pas attendre de miracle"


def test_de_after_dire_without_an_infinitive_is_no_content(nlp: Language) -> None:
    text = "Le ministre a dit de son côté qu'il restait confiant."
    (a,) = found(nlp, text)
    assert content(text, a) == "il restait confiant"


def test_infinitive_opening_a_que_clause_is_reported_speech(nlp: Language) -> None:
    text = "Le sénateur Paul Morin est intervenu mardi. Il en a profité pour affirmer que la loi serait votée."
    (a,) = found(nlp, text)
    assert a.rule == "infinitive" and content(text, a) == "la loi serait votée"


def test_narrative_infinitive_carries_on_the_previous_speaker(nlp: Language) -> None:
    text = (
        "« Les tarifs étaient mal pensés », avait déclaré la veille Anne Roux, porte-parole du ministère. "
        "Avant d'ajouter que « les familles en ont payé le prix »."
    )
    first, second = found(nlp, text)
    assert second.rule == "infinitive" and second.speaker == first.speaker
    assert content(text, second) == "les familles en ont payé le prix"


def test_an_intended_announcement_is_not_speech(nlp: Language) -> None:
    text = "Les ministres prévoient d'annoncer que la réforme sera retirée."
    assert found(nlp, text) == []


def test_participles_with_an_object_or_after_an_incise(nlp: Language) -> None:
    text = (
        "Le président a défendu son plan, accusant la crise de l'énergie d'être responsable de la hausse des prix. "
        "« C'est inacceptable », a poursuivi Marc Dupuis, ajoutant : « Nous ne céderons pas. »"
    )
    got = {content(text, a): a for a in found(nlp, text)}
    accusing = got["la crise de l'énergie d'être responsable de la hausse des prix"]
    assert accusing.rule == "participle" and accusing.speaker == "Le président"
    adding = got["Nous ne céderons pas."]
    assert adding.rule == "participle" and adding.speaker == "Marc Dupuis"


def test_source_inserted_mid_sentence_reports_the_whole_sentence(nlp: Language) -> None:
    text = "La hausse des loyers, selon l'économiste Julie Bernard, va se poursuivre jusqu'en 2026."
    (a,) = found(nlp, text)
    assert a.rule == "marker" and a.speaker_type == "named_person"
    assert content(text, a) == text.rstrip(".")


def test_maintenant_que_is_no_reporting_verb(nlp: Language) -> None:
    text = "Les troupes reculent, et maintenant que la région est perdue, le front se déplace vers l'ouest."
    assert found(nlp, text) == []


def test_inverted_speaker_after_prepositional_phrases(nlp: Language) -> None:
    text = (
        "« Nous ne reculerons pas », a déclaré à l'époque un porte-parole de la Commission. "
        "« Tout brûle », a écrit sur son compte Telegram le gouverneur de la région."
    )
    first, second = found(nlp, text)
    assert first.speaker == "un porte-parole de la Commission" and first.speaker_type == "anonymous"
    assert second.speaker == "le gouverneur de la région"


def test_selon_lequel_takes_the_antecedent_as_source(nlp: Language) -> None:
    text = "Ils ont relu le rapport de la commission selon lequel la digue était solide."
    (a,) = found(nlp, text)
    assert a.speaker == "le rapport de la commission" and a.speaker_type == "document"
    assert content(text, a) == "la digue était solide"


def test_subjunctive_auxiliary_keeps_the_subject(nlp: Language) -> None:
    text = "Les combats continuent, bien que des responsables de l'armée aient admis que le front reculait."
    (a,) = found(nlp, text)
    assert a.speaker == "des responsables de l'armée" and a.speaker_type == "anonymous"


def test_agentless_passive_is_an_anonymous_attribution_without_speaker(nlp: Language) -> None:
    text = "L'ancien maire a été accusé de détourner des fonds publics."
    (a,) = found(nlp, text)
    assert a.rule == "passive" and a.speaker_type == "anonymous"
    assert a.speaker_start is None and a.speaker == ""
    assert content(text, a) == "détourner des fonds publics"


def test_passive_with_an_agent_makes_the_agent_the_speaker(nlp: Language) -> None:
    text = "Les craintes que le barrage cède ont longtemps été soulignées par les riverains."
    (a,) = found(nlp, text)
    assert a.speaker == "les riverains" and a.speaker_type == "group"
    assert content(text, a) == "Les craintes que le barrage cède"


def test_passive_with_an_agent_and_no_reported_clause_is_no_attribution(nlp: Language) -> None:
    assert found(nlp, "Le texte a été rejeté par les sénateurs de l'opposition.") == []


def test_pronominal_verb_is_no_passive(nlp: Language) -> None:
    text = "Paul Girard s'est ouvertement vanté d'avoir rencontré les services secrets."
    (a,) = found(nlp, text)
    assert a.rule == "subject_verb" and a.speaker == "Paul Girard"


def test_second_half_of_a_compound_is_no_verb(nlp: Language) -> None:
    assert found(nlp, "Le gouvernement s'en prend au soi-disant « plan B » de l'opposition.") == []


def test_infinitive_with_an_object_after_a_purpose_or_aspect_verb(nlp: Language) -> None:
    text = "Des infirmières ont manifesté devant l'hôpital pour dénoncer la fermeture du service."
    assert found(nlp, text) == []  # round 28: the purpose of an act, no statement
    text = "Des infirmières ont manifesté devant l'hôpital pour dénoncer une « fermeture déguisée »."
    (a,) = found(nlp, text)
    assert a.rule == "infinitive" and a.speaker == "Des infirmières"
    assert content(text, a) == "une « fermeture déguisée »"


def test_infinitive_after_an_intention_verb_is_no_speech(nlp: Language) -> None:
    assert found(nlp, "Les syndicats veulent dénoncer la réforme lors du congrès.") == []


def test_a_bracketed_aside_in_the_subject_is_not_a_clause_break(nlp: Language) -> None:
    text = "Le syndicat des enseignants (SNES) a réaffirmé dans un communiqué son opposition à la réforme."
    (a,) = found(nlp, text)
    assert a.speaker == "Le syndicat des enseignants (SNES)"  # not `son opposition`


# ---------------------------------------------------------------- second round (issue 13)


def test_incise_only_verb_reports_speech_only_as_an_incise(nlp: Language) -> None:
    assert found(nlp, "Les combats se poursuivent dans l'est du pays depuis trois jours.") == []
    assert found(nlp, "Elles produisent de l'énergie lorsque souffle le vent du nord.") == []
    text = "« Nous tiendrons jusqu'au bout », poursuit le maire de la commune."
    (a,) = found(nlp, text)
    assert a.speaker == "le maire de la commune" and a.form == "direct"


def test_agentless_passive_of_a_verb_of_invitation_reports_nobody(nlp: Language) -> None:
    assert found(nlp, "Les électeurs sont appelés à voter dimanche pour élire leur maire.") == []
    (a,) = found(nlp, "L'ancien trésorier a été accusé d'avoir détourné des fonds publics.")
    assert a.speaker_type == "anonymous" and a.speaker_start is None


def test_comme_with_an_object_clitic_then_the_source(nlp: Language) -> None:
    text = "La réforme des retraites reste impopulaire, comme l'a rappelé la présidente du syndicat."
    (a,) = found(nlp, text)
    assert a.speaker == "la présidente du syndicat"
    assert content(text, a) == "La réforme des retraites reste impopulaire"
    text = "Comme le souligne l'économiste Marc Petit, la croissance reste fragile cette année."
    (a,) = found(nlp, text)
    assert a.speaker == "l'économiste Marc Petit" and a.speaker_type == "named_person"
    assert content(text, a) == "la croissance reste fragile cette année"


def test_comme_annonce_without_a_source_is_anonymous(nlp: Language) -> None:
    text = "Les tarifs du gaz ont, comme annoncé, augmenté de quatre pour cent au premier février."
    (a,) = found(nlp, text)
    assert a.speaker_type == "anonymous" and a.speaker_start is None and a.rule == "as_reported"
    assert content(text, a).startswith("Les tarifs du gaz ont") and content(text, a).endswith("février")
    assert found(nlp, "Les travaux ont, comme prévu, commencé lundi matin dans le centre.") == []


def test_comme_en_temoignent_is_evidence_not_speech(nlp: Language) -> None:
    assert found(nlp, "Le chômage progresse dans la région, comme en témoignent les chiffres publiés jeudi.") == []


def test_adverbial_phrase_between_auxiliary_and_participle(nlp: Language) -> None:
    text = "Le constructeur a en parallèle annoncé la fermeture de deux usines en Bretagne."
    (a,) = found(nlp, text)
    assert a.speaker == "Le constructeur" and content(text, a) == "la fermeture de deux usines en Bretagne"
    text = "L'état-major a affirmé pour sa part avoir détruit un dépôt de munitions."
    (a,) = found(nlp, text)
    assert content(text, a) == "avoir détruit un dépôt de munitions"


def test_time_phrase_before_the_reported_clause(nlp: Language) -> None:
    text = "Les autorités locales ont admis il y a un mois qu'elles manquaient de personnel."
    (a,) = found(nlp, text)
    assert content(text, a) == "elles manquaient de personnel"


def test_incise_inside_its_sentence_reports_the_whole_sentence(nlp: Language) -> None:
    text = "Une réforme nécessaire, estime le syndicat, alors que les salaires stagnent depuis dix ans."
    (a,) = found(nlp, text)
    assert a.speaker == "le syndicat" and content(text, a) == text[:-1]
    text = "Le budget reste insuffisant, regrette la fédération, qui appelle à la grève."
    first = found(nlp, text)[0]
    assert first.speaker == "la fédération" and content(text, first) == "Le budget reste insuffisant"


def test_quoted_fragment_carried_on_by_its_clause_is_mixed(nlp: Language) -> None:
    text = "Les deux candidats dénoncent « la dérive » du gouvernement sur la dette publique."
    (a,) = found(nlp, text)
    assert a.form == "mixed" and content(text, a) == "« la dérive » du gouvernement sur la dette publique"
    text = "« Nous partirons », a déclaré Luc Bernard lors d'une réunion publique."
    (a,) = found(nlp, text)
    assert a.form == "direct" and content(text, a) == "Nous partirons"


def test_marker_source_with_a_participial_modifier(nlp: Language) -> None:
    text = "En cause, selon le journal connu pour ses positions, la hausse des prix de l'énergie."
    (a,) = found(nlp, text)
    assert a.speaker == "le journal" and a.speaker_type == "media"
    assert "la hausse des prix de l'énergie" in content(text, a)


def test_inverted_subject_after_a_date_between_commas(nlp: Language) -> None:
    text = "Les stocks seront pleins à l'automne, a indiqué, ce mercredi, la ministre de l'Énergie, Claire Dubois."
    (a,) = found(nlp, text)
    assert a.speaker.endswith("Claire Dubois") and a.speaker_type == "named_person"
    assert content(text, a) == "Les stocks seront pleins à l'automne"


def test_inverted_subject_after_a_time_phrase(nlp: Language) -> None:
    text = "« Ces tarifs étaient mal pensés », avait déclaré un peu plus tôt dans la semaine Paul Henry."
    (a,) = found(nlp, text)
    assert a.speaker == "Paul Henry" and a.speaker_type == "named_person"


def test_adverb_before_an_incise_subject(nlp: Language) -> None:
    text = "Le président menace de quitter l'organisation, rapporte notamment la radio publique."
    attributions = found(nlp, text)
    assert any(a.speaker == "la radio publique" for a in attributions)


def test_a_heading_is_never_the_subject_of_the_next_paragraph(nlp: Language) -> None:
    text = "Des canons et des missiles\n\nLa Belgique a aussi annoncé l'envoi de canons."
    (a,) = found(nlp, text)
    assert a.speaker == "La Belgique"


def test_impersonal_infinitive_is_the_reporter_speaking(nlp: Language) -> None:
    assert found(nlp, "Il est important de noter que les chiffres restent provisoires.") == []


def test_prevoir_reports_a_clause_only(nlp: Language) -> None:
    text = "L'accord prévoit que chaque pays réduise sa consommation de gaz."
    (a,) = found(nlp, text)
    assert a.speaker_type == "document" and content(text, a) == "chaque pays réduise sa consommation de gaz"
    assert found(nlp, "Les syndicats prévoient de manifester jeudi devant la préfecture.") == []


def test_relative_subject_before_an_aside_is_no_inversion(nlp: Language) -> None:
    text = "Les ingénieurs qui, en 1990, ont dénoncé leur hiérarchie ont été licenciés."
    for a in found(nlp, text):
        assert a.speaker != "leur hiérarchie"


def test_a_body_named_after_its_kind_noun(nlp: Language) -> None:
    (a,) = found(nlp, "Le cabinet de Martin Lefort a ajouté que la décision était définitive.")
    assert a.speaker_type == "institution"
    text = "La revue scientifique Nature Medicine affirme que le traitement est inefficace."
    (a,) = found(nlp, text)
    assert a.speaker_type == "media"
    (a,) = found(nlp, "Le ministre Paul Durand a affirmé que la décision était définitive.")
    assert a.speaker_type == "named_person"


def test_quantifier_pronoun_subject_is_a_group(nlp: Language) -> None:
    text = "Certains relèvent ensuite avec ironie que rien ne change jamais."
    (a,) = found(nlp, text)
    assert a.speaker == "Certains" and a.speaker_type == "group"
    assert content(text, a) == "rien ne change jamais"


def test_marker_between_commas_after_a_short_opening(nlp: Language) -> None:
    text = "Notons, selon les experts, que la région tente désespérément de rester neutre."
    (a,) = found(nlp, text)
    assert a.speaker == "les experts" and "la région tente" in content(text, a)


def test_passive_of_a_stance_verb_reports_its_subject(nlp: Language) -> None:
    text = "Mais le tracé de la nouvelle route est contesté notamment par les riverains."
    (a,) = found(nlp, text)
    assert a.speaker == "les riverains" and content(text, a) == "le tracé de la nouvelle route"


def test_clause_between_commas_is_no_aside_of_an_incise_subject(nlp: Language) -> None:
    text = "Ce lundi, c'est le maire qui menace à son tour de démissionner, rapporte notamment la radio locale."
    attributions = found(nlp, text)
    assert any(a.speaker == "la radio locale" and a.rule == "inverted" for a in attributions)


def test_signature_after_a_quotation_names_the_speaker(nlp: Language) -> None:
    text = (
        "Le livre a été salué par la critique.\n\n"
        "« Un ouvrage courageux qui dérange les puissants. » (Paul Martin, économiste)\n\n"
        "« Une enquête indispensable pour comprendre notre époque. » Claire Dubois, journaliste"
    )
    first, second = found(nlp, text)
    assert (first.speaker, second.speaker) == ("Paul Martin", "Claire Dubois")
    assert first.form == "direct" and content(text, first) == "Un ouvrage courageux qui dérange les puissants."


def test_colon_lead_in_before_words_that_embed_quotations(nlp: Language) -> None:
    text = (
        "Le débat a repris.\n\n"
        "Marc Petit, juin 2018 : le président « ne comprend pas les petites gens » ; « J'ai peur. »"
    )
    (a,) = found(nlp, text)
    assert a.speaker == "Marc Petit" and a.form == "mixed"
    assert content(text, a) == "le président « ne comprend pas les petites gens » ; « J'ai peur. »"
    text = "Le débat a repris.\n\nJean Dubois, avant l'élection : « Que veut-il dire ? » ; S'il « agit », on verra."
    (a,) = found(nlp, text)
    assert content(text, a) == "« Que veut-il dire ? » ; S'il « agit », on verra"
    assert found(nlp, "Crise en plein essor : En Espagne, les loyers flambent pour « tout le monde ».") == []


def test_given_names_mark_people_the_entity_recogniser_misses(nlp: Language) -> None:
    from framing.attribution.resources import load_resources
    from framing.attribution.speaker_types import _given_name_before, classify

    res = load_resources("fr")
    doc = nlp("Paul Gifford a quitté Londres. Gifford a ajouté que Total et Renault suivraient.")
    gifford = [t for t in doc if t.text == "Gifford"][1]
    total = next(t for t in doc if t.text == "Total")
    assert _given_name_before(gifford, res) and not _given_name_before(total, res)
    assert classify(doc, gifford.i, gifford.i + 1, res).type == "named_person"
    doc = nlp("Natacha Polony, Europe 1 : « C'est vide. »")
    assert classify(doc, 0, 2, res).type == "named_person"


def test_inverted_subject_after_an_outlet_adjunct(nlp: Language) -> None:
    text = "« Les réfugiés ont besoin d'aide », a déclaré à l'AP Natalia Marek, fondatrice d'une association."
    (a,) = found(nlp, text)
    assert a.speaker == "Natalia Marek" and a.speaker_type == "named_person"


def test_unresolved_personal_pronoun_is_anonymous_unless_a_person_is_named_before(nlp: Language) -> None:
    # an excerpt opening on the pronoun names no one: the annotators type it anonymous (round 24)
    (a,) = found(nlp, "Selon lui, les ventes vont encore doubler cette année.")
    assert a.speaker == "lui" and a.speaker_type == "anonymous"
    (a,) = found(nlp, "Selon eux, les ventes vont encore doubler cette année.")
    assert a.speaker_type == "group"


# Third round: constructions seen on French news the rules were not tuned on (sentences written here).


def test_one_of_a_plural_set_is_one_anonymous_person(nlp: Language) -> None:
    text = "L’un des techniciens de l’usine a déclaré que la panne avait duré trois heures."
    (a,) = found(nlp, text)
    assert a.speaker == "L’un des techniciens de l’usine" and a.speaker_type == "anonymous"


def test_one_of_a_set_of_documents_is_a_document(nlp: Language) -> None:
    text = "L'une des notes du cabinet précise que le budget sera dépassé."
    (a,) = found(nlp, text)
    assert a.speaker_type == "document"


def test_unaccented_capital_institution_and_bare_times(nlp: Language) -> None:
    (a,) = found(nlp, "« Le dialogue reste ouvert », précise l’Elysée.")
    assert a.speaker_type == "institution"
    (b,) = found(nlp, "Comme le dit le Times, les loyers vont encore monter.")
    assert b.speaker_type == "media"


def test_an_estimate_is_a_document(nlp: Language) -> None:
    (a,) = found(nlp, "Les ventes ont reculé de 3 %, selon l'estimation provisoire publiée par l'institut.")
    assert a.speaker_type == "document"


def test_feminine_role_noun_after_the_name_is_that_person(nlp: Language) -> None:
    text = "« Non », a dit Marine Dupuis. La cheffe de file des députés a ajouté que le texte était mauvais."
    second = found(nlp, text)[1]
    assert second.speaker_type == "named_person"


def test_comme_then_verb_then_source(nlp: Language) -> None:
    text = "Comme a prévenu Paul Martin en 2019, « si vous ne produisez rien, vous n'avez rien »."
    (a,) = found(nlp, text)
    assert a.rule == "as_reported" and a.speaker == "Paul Martin"
    assert content(text, a) == "si vous ne produisez rien, vous n'avez rien"


def test_a_date_after_an_inverted_speaker_is_not_the_speaker(nlp: Language) -> None:
    text = "Le marché va se retourner, comme a averti la banque centrale la semaine dernière."
    (a,) = found(nlp, text)
    assert a.speaker == "la banque centrale" and a.speaker_type == "institution"
    (b,) = found(nlp, "« Nous partirons », a déclaré le ministre lundi.")
    assert b.speaker == "le ministre"


def test_a_thing_that_promises_or_threatens_says_nothing(nlp: Language) -> None:
    assert found(nlp, "Le projet avance lentement, car cette méthode promet un gain sans effort.") == []
    assert found(nlp, "Ce drame rappelle que la route reste dangereuse.") == []


def test_people_the_lists_miss_still_promise(nlp: Language) -> None:
    # round 28: a promise reports through its `que` clause (`promettre de` + an act is no attribution)
    (a,) = found(nlp, "Les pêcheurs ont promis qu'ils reviendraient manifester samedi.")
    assert a.speaker == "Les pêcheurs" and a.speaker_type == "group"
    (b,) = found(nlp, "Le ministre a promis que la loi serait votée avant l'été.")
    assert b.speaker_type == "anonymous"  # round 26: no holder named


def test_verb_tagged_an_adverb_before_its_preposition(nlp: Language) -> None:
    text = "Trois chercheurs alertent sur la politique agricole de l’UE, qui veut doubler les surfaces."
    (a,) = found(nlp, text)
    assert a.speaker == "Trois chercheurs" and a.speaker_type == "anonymous"  # round 26: counted people
    assert content(text, a).startswith("la politique agricole")


def test_a_date_between_verb_and_inverted_speaker(nlp: Language) -> None:
    text = "Les sept pays veulent faire payer la Russie, a déclaré ce mardi 28 juin le chancelier Paul Weber."
    (a,) = found(nlp, text)
    assert a.speaker == "le chancelier Paul Weber" and a.speaker_type == "named_person"
    assert content(text, a) == "Les sept pays veulent faire payer la Russie"


def test_verb_colon_then_paragraph_break_then_quotation(nlp: Language) -> None:
    text = (
        "Après le vote, la présidente Anne Morel a déclaré :\n\n"
        "« Le climat reste une urgence absolue. Nous agirons vite si le Sénat ne bouge pas. »"
    )
    (a,) = found(nlp, text)
    assert a.speaker == "la présidente Anne Morel" and a.form == "direct"
    assert content(text, a) == "Le climat reste une urgence absolue. Nous agirons vite si le Sénat ne bouge pas."


def test_declaring_war_is_an_act_not_speech(nlp: Language) -> None:
    assert found(nlp, "Ce pays a littéralement déclaré la guerre à son opposition.") == []
    assert found(nlp, "Le gouverneur a déclaré l'état d'urgence dans la région.") == []
    (a,) = found(nlp, "Le ministre a déclaré que la guerre était finie.")
    assert a.speaker == "Le ministre"


def test_cleft_points_back_to_the_previous_sentence(nlp: Language) -> None:
    text = "Les prix vont doubler d'ici 2060. C’est ce que prévoit le nouveau rapport de l’OCDE publié vendredi."
    (a,) = found(nlp, text)
    assert a.speaker == "le nouveau rapport de l’OCDE" and a.speaker_type == "document"
    assert content(text, a) == "Les prix vont doubler d'ici 2060"
    text = "La réforme sera votée en juin. C'est ce qu'a affirmé la ministre Anne Morel."
    (b,) = found(nlp, text)
    assert b.speaker == "la ministre Anne Morel" and content(text, b) == "La réforme sera votée en juin"


def test_subject_after_a_comma_is_not_cut_into_the_clause_before(nlp: Language) -> None:
    text = (
        "Après que le sénateur Paul Martin a rejeté la loi sur le climat de son propre parti, "
        "le président Jean Roux a déclaré :\n\n« L’action sur le climat reste plus urgente que jamais. »"
    )
    last = found(nlp, text)[-1]
    assert last.speaker == "le président Jean Roux" and last.form == "direct"


def test_doubled_consonant_present_of_rappeler(nlp: Language) -> None:
    text = "« Le rabais avait été évalué à un demi-point en avril », rappelle-t-il."
    (a,) = found(nlp, text)
    assert a.rule == "inverted" and content(text, a) == "Le rabais avait été évalué à un demi-point en avril"


def test_a_court_decision_is_a_document(nlp: Language) -> None:
    (a,) = found(nlp, "Le texte est contraire à la Constitution, d’après une décision de la cour d'appel.")
    assert a.speaker_type == "document"


# Fourth round: constructions seen on French news the rules were not tuned on (sentences written here).


def test_anonymity_phrase_is_no_part_of_the_speaker(nlp: Language) -> None:
    text = "Les stocks seront épuisés avant l'hiver, a affirmé un cadre de l'entreprise sous couvert d'anonymat."
    (a,) = found(nlp, text)
    assert a.speaker == "un cadre de l'entreprise" and a.speaker_type == "anonymous"


def test_month_prefix_and_year_close_an_inverted_speaker(nlp: Language) -> None:
    (a,) = found(nlp, "Le chantier a pris deux ans de retard, a rapporté Libération fin 2019, avant le vote.")
    assert a.speaker == "Libération" and a.speaker_type == "media"


def test_object_after_an_adverbial_phrase_is_no_inverted_subject(nlp: Language) -> None:
    text = "Le sommet, auquel se sont joints trois pays africains, a par ailleurs condamné l'attaque contre le port."
    (a,) = found(nlp, text)
    assert a.speaker == "Le sommet" and content(text, a) == "l'attaque contre le port"


def test_pronominal_uses_that_are_no_speech(nlp: Language) -> None:
    assert found(nlp, "Les entreprises devront agir pour s'assurer que les rivières restent propres.") == []
    assert found(nlp, "La saison s'annonce difficile pour les maraîchers.") == []
    assert found(nlp, "La hausse des prix se confirme dans toute la région.") == []


def test_participle_meaning_so_called_reports_nothing(nlp: Language) -> None:
    assert found(nlp, "La mairie veut fermer les squats dits « sauvages » avant l'été.") == []


def test_the_writers_own_first_person_is_no_attribution(nlp: Language) -> None:
    assert found(nlp, "J'ai du mal à admettre que la ville ferme sa piscine.") == []
    text = "« Je pense que la ville se trompe », a déclaré la maire."
    assert [a.speaker for a in found(nlp, text)] == ["la maire"]


def test_saluer_as_an_incise_or_before_a_quotation(nlp: Language) -> None:
    text = "« Nous avons obtenu une avancée décisive pour les salariés », a salué Marie Leroy."
    (a,) = found(nlp, text)
    assert a.speaker == "Marie Leroy" and a.form == "direct"
    assert found(nlp, "Il salue ses voisins chaque matin.") == []


def test_comma_after_an_adjunct_before_the_inverted_speaker(nlp: Language) -> None:
    text = "« La réforme est prête », a indiqué sur Twitter, le porte-parole du ministère de l'Intérieur."
    (a,) = found(nlp, text)
    assert a.speaker == "le porte-parole du ministère de l'Intérieur" and content(text, a) == "La réforme est prête"


def test_que_then_colon_then_the_quotation_in_the_next_paragraph(nlp: Language) -> None:
    text = "La juriste Anne Morel a écrit que :\n\n« Le texte ne tient pas. Il sera censuré. »\n\nLe débat continue."
    (a,) = found(nlp, text)
    assert content(text, a) == "Le texte ne tient pas. Il sera censuré." and a.form == "direct"


def test_quotation_holding_a_quotation_before_its_cue(nlp: Language) -> None:
    text = "« C'est une victoire. Aucune usine ne fermera sous le signe du « plein emploi » » a déclaré Paul Henri."
    (a,) = found(nlp, text)
    assert content(text, a) == "C'est une victoire. Aucune usine ne fermera sous le signe du « plein emploi »"


def test_a_verb_before_a_quotation_makes_the_content_mixed(nlp: Language) -> None:
    text = "Selon le communiqué, les deux ministres ont « souhaité approfondir la relation entre les deux pays »."
    (a,) = found(nlp, text)
    assert a.form == "mixed"


def test_participle_after_a_named_person_is_that_persons(nlp: Language) -> None:
    text = (
        "Le chef de l'État a été convoqué à la suite des propos de Paul Durand accusant le ministre "
        "de « mensonge », a annoncé la présidence."
    )
    participle = next(a for a in found(nlp, text) if a.rule == "participle")
    assert participle.speaker == "Paul Durand" and participle.speaker_type == "named_person"


def test_agent_noun_after_the_named_person_is_that_person(nlp: Language) -> None:
    text = "Le médiateur européen Karl Svensson a rendu son avis. Selon le médiateur, la procédure était irrégulière."
    (a,) = found(nlp, text)
    assert a.speaker == "le médiateur" and a.speaker_type == "named_person"


def test_inhabitant_nouns_are_people_not_bodies(nlp: Language) -> None:
    (a,) = found(nlp, "« Pourquoi payer plus ? », demande le Français moyen.")
    assert a.speaker_type == "anonymous"
    (b,) = found(nlp, "Les Polonais estiment que la guerre est proche.")
    assert b.speaker_type == "group"
    (c,) = found(nlp, "Selon l'Ukrainien Oleksandr Petrenko, la ville est tombée.")
    assert c.speaker_type == "named_person"


def test_quotation_right_after_the_source_of_comme_le_suggere(nlp: Language) -> None:
    text = "Les lecteurs restent fidèles, comme le suggère un commentaire d’un internaute « je lis chaque numéro »."
    (a,) = found(nlp, text)
    assert content(text, a) == "je lis chaque numéro" and a.form == "direct"


def test_participle_inside_the_previous_content_carries_on_its_speaker(nlp: Language) -> None:
    text = (
        "La présidente Claire Morel avait martelé qu'il fallait « sortir du charbon », "
        "précisant : « il faut cesser les subventions »."
    )
    first, second = found(nlp, text)
    assert content(text, first) == "il fallait « sortir du charbon »"
    assert second.speaker == "La présidente Claire Morel" and content(text, second) == "il faut cesser les subventions"


def test_lire_dans_credits_the_outlet(nlp: Language) -> None:
    text = "Comme on peut le lire dans Le Monde : « La réforme est mal née. »"
    (a,) = found(nlp, text)
    assert a.speaker == "Le Monde" and a.speaker_type == "media" and content(text, a) == "La réforme est mal née."
    assert found(nlp, "Elle aime lire dans le train.") == []


def test_marker_then_colon_then_the_passage_set_apart(nlp: Language) -> None:
    text = (
        "Selon le cabinet Randstad dans une note publiée mardi :\n\n"
        "    Les salaires vont augmenter de 4 % en moyenne dans le secteur.\n\nLa hausse reste modeste."
    )
    (a,) = found(nlp, text)
    assert content(text, a) == "Les salaires vont augmenter de 4 % en moyenne dans le secteur"


def test_passive_with_its_complement_before_the_agent(nlp: Language) -> None:
    text = "Le projet a été qualifié de « ruineux » par la maire de Lille."
    (a,) = found(nlp, text)
    assert a.speaker == "la maire de Lille" and content(text, a) == "ruineux"
    assert found(nlp, "Il a été informé de la décision par courrier.") == []


def test_incise_only_verb_as_an_infinitive_away_from_a_quotation(nlp: Language) -> None:
    assert found(nlp, "Il s'est levé pour saluer un de ses cousins.") == []


def test_month_after_a_date_prefix_closes_the_source(nlp: Language) -> None:
    (a,) = found(nlp, "Comme on peut le lire dans Le Figaro début mars : « Le port restera fermé. »")
    assert a.speaker == "Le Figaro"


def test_subject_before_a_relative_aside_whatever_the_parse(nlp: Language) -> None:
    text = "L'OTAN, à laquelle se sont joints deux pays, dont la Suède, a par ailleurs condamné l'attaque du port."
    (a,) = found(nlp, text)
    assert a.speaker == "L'OTAN" and content(text, a) == "l'attaque du port"


def test_participle_after_a_name_the_tagger_misses(nlp: Language) -> None:
    text = "Le diplomate a été convoqué après les propos d'Emmanuel Macron accusant le gouvernement de « mentir »."
    participle = next(a for a in found(nlp, text) if a.rule == "participle")
    assert participle.speaker == "Emmanuel Macron"


def test_selon_meaning_depending_on_names_no_source(nlp: Language) -> None:
    assert found(nlp, "Le tarif varie entre 5 et 8 euros selon les saisons.") == []
    assert found(nlp, "Le stock est renouvelé selon les besoins des magasins.") == []


def test_pronominal_ajouter_is_no_speech(nlp: Language) -> None:
    assert found(nlp, "Cette panne s'ajoute à une longue liste de retards.") == []


def test_anonymity_modifier_stays_in_the_speaker(nlp: Language) -> None:
    (a,) = found(nlp, "Le contrat a été signé lundi, selon des sources proches du dossier.")
    assert a.speaker == "des sources proches du dossier" and a.speaker_type == "anonymous"


def test_a_name_with_an_initial_after_a_capitalised_complement(nlp: Language) -> None:
    text = "« Rien ne changera », a déclaré le ministre d’État Robert K. Lindqvist. Il a ajouté que le plan tenait."
    first, second = found(nlp, text)
    assert first.speaker_type == "named_person" and second.speaker_type == "named_person"


# Fifth round: causes that recur on French news the rules were not tuned on (sentences written here).


def test_imperfect_of_a_verb_in_r_is_no_conditional(nlp: Language) -> None:
    text = "Le maire déclarait que le pont serait rouvert en mai."
    (a,) = found(nlp, text)
    assert a.speaker == "Le maire" and content(text, a) == "le pont serait rouvert en mai"
    (b,) = found(nlp, "« Nous tiendrons », assuraient en 2020 les dirigeants du club.")
    assert b.speaker == "les dirigeants du club"
    assert found(nlp, "Le maire déclarerait que le pont est fermé s'il le savait.") == []


def test_incise_after_a_comma_and_a_dash(nlp: Language) -> None:
    text = "« La hausse des taux va durer », – commente l'analyste."
    (a,) = found(nlp, text)
    assert a.speaker == "l'analyste" and content(text, a) == "La hausse des taux va durer"


def test_common_verbs_of_speech_outside_the_old_lexicon(nlp: Language) -> None:
    text = "« Tout cela est faux », a rétorqué la porte-parole."
    (a,) = found(nlp, text)
    assert a.speaker == "la porte-parole" and a.form == "direct"
    text = "Le président a redit son « soutien total » aux éleveurs."
    (b,) = found(nlp, text)
    assert content(text, b).startswith("son « soutien total »") and b.form == "mixed"
    (c,) = found(nlp, "« On verra bien », lâche un cadre du parti.")
    assert c.speaker == "un cadre du parti" and c.speaker_type == "anonymous"
    assert found(nlp, "Le conducteur a lâché le volant.") == []


def test_inviter_reports_an_infinitive_not_a_place(nlp: Language) -> None:
    text = "La préfète a invité les maires à « accélérer les travaux »."
    (a,) = found(nlp, text)
    assert a.speaker == "La préfète" and content(text, a) == "accélérer les travaux"
    assert found(nlp, "La préfète a invité les maires à la préfecture.") == []


def test_relative_antecedent_opened_by_its_article(nlp: Language) -> None:
    text = "Le gouvernement a rendu public un rapport longtemps attendu qui affirmait que la dette baissait."
    (a,) = found(nlp, text)
    assert a.speaker == "un rapport longtemps attendu" and a.speaker_type == "document"
    text = "Rien ne semble inquiéter outre mesure le gouverneur qui, depuis son bureau, a affirmé qu'il resterait."
    (b,) = found(nlp, text)
    assert b.speaker == "le gouverneur"


def test_marker_antecedent_after_an_adjunct_preposition(nlp: Language) -> None:
    text = "Les tensions se sont accrues à la suite d'informations selon lesquelles le ministre allait démissionner."
    (a,) = found(nlp, text)
    assert not a.speaker.startswith("accrues") and a.speaker_type == "anonymous"


def test_role_with_a_name_in_apposition_the_recogniser_misses(nlp: Language) -> None:
    text = "Le conseiller à la Sécurité nationale Jake Sullivan a déclaré que l'offensive était proche."
    (a,) = found(nlp, text)
    assert a.speaker_type == "named_person"


def test_role_portfolio_after_a_preposition_stays_in_the_speaker(nlp: Language) -> None:
    text = "« Nous restons prêts », a déclaré le conseiller aux Affaires étrangères Tomas Varga."
    (a,) = found(nlp, text)
    assert a.speaker == "le conseiller aux Affaires étrangères Tomas Varga" and a.speaker_type == "named_person"
    (b,) = found(nlp, "« Nous restons prêts », a déclaré le ministre à Berlin.")
    assert b.speaker == "le ministre"


def test_periphrasis_role_after_the_named_person_is_that_person(nlp: Language) -> None:
    text = (
        "La présidente Hélène Carré a reçu son homologue. La locataire du palais a insisté sur « l'urgence » du texte."
    )
    (a,) = found(nlp, text)
    assert a.speaker == "La locataire du palais" and a.speaker_type == "named_person"
    (b,) = found(nlp, "« Rien n'est joué », estime un chroniqueur de la radio.")
    assert b.speaker_type == "anonymous"


def test_the_writers_nous_is_no_attribution(nlp: Language) -> None:
    assert found(nlp, "Nous affirmons que cette réforme est une erreur.") == []
    (a,) = found(nlp, "« Nous affirmons que cette réforme est une erreur », a déclaré la syndicaliste.")
    assert a.speaker == "la syndicaliste"


def test_generic_on_and_impersonal_il_est_a_are_the_writers_reasoning(nlp: Language) -> None:
    assert found(nlp, "On peut comparer les deux courbes pour constater que la hausse a ralenti.") == []
    assert found(nlp, "Quel argument peut-on avancer pour dire que ce choix est juste ?") == []
    assert found(nlp, "Il est à noter que la plupart des sondés ont voté.") == []
    (a,) = found(nlp, "Le maire en a profité pour affirmer que la ville était prête.")
    assert a.speaker == "Le maire"


def test_the_reader_addressed_is_no_source(nlp: Language) -> None:
    assert found(nlp, "Et si vous doutez, dites-vous bien que la facture sera lourde.") == []
    (a,) = found(nlp, "« Vous avez raison », a répondu le ministre.")
    assert a.speaker == "le ministre"


def test_appeler_without_its_complement_names_a_thing(nlp: Language) -> None:
    assert found(nlp, "Un gazoduc qui relie les deux pays, appelé Baltic Link, a été fermé.") == []
    assert found(nlp, "Des corrections (qu'ils appellent « ajustements ») ont été faites.") == []
    text = "Le maire a appelé les habitants à « rester chez eux »."
    (a,) = found(nlp, text)
    assert a.speaker == "Le maire" and content(text, a) == "rester chez eux"


def test_incise_verbs_justifier_s_exprimer_calculer(nlp: Language) -> None:
    (a,) = found(nlp, "« On ne peut pas tout régler d'un coup » a justifié la ministre.")
    assert a.speaker == "la ministre" and a.form == "direct"
    (b,) = found(nlp, "« Je me battrai jusqu'au bout », s'est exprimé le candidat ce matin.")
    assert b.speaker == "le candidat"
    (c,) = found(nlp, "« Cela pourrait faire baisser les prix », calcule un économiste de la banque.")
    assert c.speaker_type == "anonymous"
    assert found(nlp, "Le maire a justifié sa décision.") == []
    # twenty-sixth round (integrator's convention): the explanation frame `justifier X par Y` is reported
    text = "Le maire a justifié sa décision par la météo."
    (d,) = found(nlp, text)
    assert d.speaker == "Le maire" and content(text, d) == "sa décision par la météo"
    assert found(nlp, "Il calcule le budget chaque mois.") == []


def test_a_quoted_object_is_reported_with_or_without_spaces_inside_the_guillemets(nlp: Language) -> None:
    """The small model heads a quoted object on its opening mark and tags that mark a noun, a number or
    punctuation at random; the object is what was said either way."""
    for text in (
        "Le ministre a redit son « attachement au dialogue » lors de la réunion.",
        "Le ministre a redit son «attachement au dialogue» lors de la réunion.",
    ):
        (a,) = found(nlp, text)
        assert a.speaker == "Le ministre" and a.verb == "redit"
        assert "attachement au dialogue" in content(text, a)
