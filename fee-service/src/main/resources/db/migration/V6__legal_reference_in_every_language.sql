-- The Tax Code's provision the duty is assessed under is quoted to the payer in their language
-- (issue 14): Kazakh and Russian beside the English text of each rate, kept as data like the rate
-- itself, and copied to each fee case at its assessment, as the English one was.
alter table duty_rate
    add column legal_reference_kk text,
    add column legal_reference_ru text;

update duty_rate
   set legal_reference_kk = 'Қазақстан Республикасының Салық кодексі (2017): СИТЕС күші қолданылатын түрлерді әкелуге, әкетуге және реэкспорттауға рұқсаттар бергені үшін мемлекеттік баж — 2 АЕК',
       legal_reference_ru = 'Налоговый кодекс Республики Казахстан (2017): государственная пошлина за выдачу разрешений на ввоз, вывоз и реэкспорт видов, подпадающих под действие СИТЕС, — 2 МРП'
 where valid_from = '2025-01-01';

update duty_rate
   set legal_reference_kk = 'Қазақстан Республикасының Салық кодексі (2026 жылғы 1 қаңтардан бастап қолданылады): СИТЕС күші қолданылатын түрлерді әкелуге, әкетуге және реэкспорттауға рұқсаттар бергені үшін мемлекеттік баж — 2 АЕК',
       legal_reference_ru = 'Налоговый кодекс Республики Казахстан (действует с 1 января 2026 года): государственная пошлина за выдачу разрешений на ввоз, вывоз и реэкспорт видов, подпадающих под действие СИТЕС, — 2 МРП'
 where valid_from = '2026-01-01';

-- a rate an operator added meanwhile keeps its one text in every language until it is translated
update duty_rate
   set legal_reference_kk = coalesce(legal_reference_kk, legal_reference),
       legal_reference_ru = coalesce(legal_reference_ru, legal_reference);

alter table duty_rate
    alter column legal_reference_kk set not null,
    alter column legal_reference_ru set not null;

alter table fee_case
    add column legal_reference_kk text,
    add column legal_reference_ru text;

update fee_case f
   set legal_reference_kk = r.legal_reference_kk,
       legal_reference_ru = r.legal_reference_ru
  from duty_rate r
 where r.legal_reference = f.legal_reference;
