<#--
  The staff handbook as AsciiDoc, converted by Asciidoctor to HTML (the site) and to XHTML (the PDF).
  In this template every ${…} is escaped for AsciiDoc: a value of the model can never become
  AsciiDoc markup. Values in running text are written ${text(…)}: the same escaping, held out of
  the skeleton Asciidoctor converts, so that comuni with the same text share one conversion.
  The policy's own units go in as HTML passthrough blocks (<@passthrough>), drawn by the same
  macros as the web page or, for print, as the deliberation annex; the comune's own chapters go in
  as they are written (AsciiDoc, checked before the build).
  Chapter ids start with "_manuale-": ids of the policy never start with "_", and those Asciidoctor
  makes up for the comune's chapters never contain "-".
-->
<#import print?then("/pdf/policy.ftlh", "/web/policy.ftlh") as pd>
<#macro units x>
<@passthrough>
<#list x.preamble as para><@pd.paragraph para/></#list>
<#list x.blocks as b><@pd.block b/></#list>
</@passthrough>
</#macro>
[#_manuale-perche]
== Perché questo manuale

Il testo «${text(h.policyTitle)}» del ${text(h.comuneLabel)} vale anche per chi lavora per il Comune.
Questo manuale ne raccoglie le parti rivolte al personale, riportate parola per parola e con la stessa numerazione del testo completo<#if h.moderation.blocks?has_content>, la procedura da seguire quando un utente viola le regole sui profili del Comune</#if><#if h.contacts?has_content> e i contatti a cui rivolgersi</#if>.
Ogni rimando a un articolo, a un comma o a una sezione porta al testo completo pubblicato sul sito del Comune.

<#if h.draft>
Il testo è una *bozza*, non ancora approvata ${text(h.approver)}: le regole valgono dal giorno in cui sarà approvato.
<#elseif h.adoption??>
Il testo è quello approvato con ${text(h.adoption)}<#if h.date??>, nella versione del ${text(h.date)}</#if>.
</#if>

L’ultima pagina è la dichiarazione di presa visione: dopo aver letto il manuale, compilala, firmala e consegnala al tuo ufficio.

[#_manuale-regole]
== Le regole per il personale

<#if h.rules.empty>
La policy non contiene parti rivolte in particolare al personale: per chi lavora per il Comune vale il testo completo.
<#else>
Queste sono le parti della policy rivolte al personale.

<@units h.rules/>
</#if>
<#if !h.moderation.empty>

[#_manuale-moderazione]
== La procedura di moderazione

Quando un messaggio pubblicato sui profili del Comune viola le regole, chi gestisce i profili applica queste disposizioni della policy, nell’ordine in cui il testo le prevede.

<@units h.moderation/>
</#if>
<#list h.chapters as chapter>

:leveloffset: 1

${chapter?no_esc}

:leveloffset!:
</#list>
<#if h.contacts?has_content>

[#_manuale-contatti]
== Contatti

<@passthrough>
<#outputformat "HTML">
<#list h.contacts as c>
<div class="pd-contatto">
<p class="pd-contatto-nome"><strong>${c.name}</strong><#if c.description??>, ${c.description}</#if></p>
<#if c.entries?has_content>
<ul class="pd-contatto-recapiti">
<#list c.entries as e>
<li>${e.label}: <#if e.href??><a href="${e.href}" title="${e.label} ${c.name}">${e.value}</a><#else>${e.value}</#if></li>
</#list>
</ul>
</#if>
</div>
</#list>
</#outputformat>
</@passthrough>
</#if>

[#_manuale-presa-visione.pd-presa-visione]
== Dichiarazione di presa visione

Il/La sottoscritto/a dichiara di aver ricevuto e letto il manuale per il personale relativo al testo «${text(h.policyTitle)}» del ${text(h.comuneLabel)}<#if h.date??> (versione del ${text(h.date)})</#if> e si impegna a rispettarne le regole.

<@passthrough>
<#outputformat "HTML">
<div class="pd-campi">
<#list ["Nome e cognome", "Ufficio", "Data", "Firma"] as campo>
<p class="pd-campo"><span class="pd-campo-nome">${campo}</span><span class="pd-campo-riga"></span></p>
</#list>
</div>
</#outputformat>
</@passthrough>
