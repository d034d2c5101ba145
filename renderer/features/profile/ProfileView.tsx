import { Fragment, useId, type ReactNode } from 'react';
import {
  contactRoleLabels,
  genderLabels,
  idDocumentLabels,
  legalFrameworkLabels,
  lvbLabels,
  markKindLabels,
  speaksDutchLabels,
  youthProfileSectionLabels,
  type Youth,
  type YouthProfile,
  type YouthProfileSection,
} from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { ageInYears, formatDutchDate, localTodayIso } from '../youths/youthDates';
import { formatPhoneNumber } from './formatPhoneNumber';
import { descriptionTextFields, phoneFieldLabels, vulnerabilityFlags } from './profileLabels';

type Detail = readonly [label: string, value: ReactNode];

/** Label–value pairs; empty values are left out, so the list shows what is known. */
function Details({ items, emptyText = 'Niets ingevuld.' }: { items: readonly Detail[]; emptyText?: string | null }) {
  const filled = items.filter(([, value]) => value !== '');
  if (filled.length === 0) return emptyText === null ? null : <p className="muted">{emptyText}</p>;
  return (
    <dl className="details-list">
      {filled.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd className="profile-text">{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** Sections are headed one level below whatever holds the view: the panel, or the newest data after a conflict. */
type HeadingLevel = 3 | 5;

/** An unreadable section shows its defaults: said in words, so "Niets ingevuld" never stands for data that is there. */
function ViewSection({ title, level, unreadable = false, children }: { title: string; level: HeadingLevel; unreadable?: boolean; children: ReactNode }) {
  const headingId = useId();
  const Heading = level === 3 ? 'h3' : 'h5';
  return (
    <section className="profile-view-section" aria-labelledby={headingId}>
      <Heading id={headingId} className="profile-view-heading">
        {title}
      </Heading>
      {unreadable ? <p className="profile-unreadable">Kon niet worden gelezen. Wat er is opgeslagen is niet weg: zie de melding bovenaan.</p> : children}
    </section>
  );
}

/** A repeating group: one entry per item, each with its own short list of details. */
function Entries<Item>({ items, title, details, empty }: { items: readonly Item[]; title: (item: Item) => string; details: (item: Item) => readonly Detail[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="profile-entries">
      {items.map((item, index) => (
        <li key={index} className="profile-entry">
          <p className="profile-entry-title">{title(item)}</p>
          <Details items={details(item)} emptyText={null} />
        </li>
      ))}
    </ul>
  );
}

/** "Ja", with the note after it when there is one; empty (left out) for no. */
const yesWith = (present: boolean, note = '') => (present ? ['Ja', note].filter(Boolean).join(': ') : '');

interface ProfileViewProps {
  youth: Youth;
  profile: YouthProfile;
  /** Sections stored in a shape this version cannot read (the file's `unreadable`). */
  unreadable?: readonly YouthProfileSection[];
  headingLevel?: HeadingLevel;
}

/** The youth's basic data and profile, read-only, by section. Passwords are never part of it. */
export function ProfileView({ youth, profile, unreadable = [], headingLevel = 3 }: ProfileViewProps) {
  const { identity, placement, vulnerabilities, medical, description, belongings } = profile;
  const section = (key: YouthProfileSection) => ({ title: youthProfileSectionLabels[key], level: headingLevel, unreadable: unreadable.includes(key) });
  return (
    <div className="profile-view">
      <ViewSection level={headingLevel} title="Basisgegevens">
        <Details
          items={[
            ['Voornaam', youth.firstName],
            ['Achternaam', youth.lastName],
            ['Roepnaam of bijnaam', youth.alias],
            ['Geboortedatum', `${formatDutchDate(youth.dateOfBirth)} (${ageInYears(youth.dateOfBirth, localTodayIso())} jaar)`],
            ['Locatie of groep', youth.locationName],
            ['In Waakzaam sinds', formatDateTime(youth.createdAt)],
          ]}
        />
      </ViewSection>
      <ViewSection {...section('identity')}>
        <Details
          items={[
            ['Geslacht', genderLabels[identity.gender]],
            ['BSN', identity.bsn],
            ['Nationaliteit', identity.nationality],
            ['Talen', identity.languages],
            ['Spreekt Nederlands', speaksDutchLabels[identity.speaksDutch]],
          ]}
        />
      </ViewSection>
      <ViewSection {...section('placement')}>
        <Details
          items={[
            ['Startdatum plaatsing', placement.startDate && formatDutchDate(placement.startDate)],
            ['Juridisch kader', legalFrameworkLabels[placement.legalFramework]],
            ['Toelichting', placement.legalNote],
          ]}
        />
      </ViewSection>
      <ViewSection {...section('contacts')}>
        <Entries
          items={profile.contacts}
          empty="Nog geen contacten."
          title={(contact) => `${contactRoleLabels[contact.role]}: ${contact.name}`}
          details={(contact) => [
            ['Organisatie', contact.organisation],
            ['Telefoon', formatPhoneNumber(contact.phone)],
            ['E-mail', contact.email],
            ['Adres', [contact.address, [contact.postcode, contact.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
            ['Notitie', contact.note],
          ]}
        />
      </ViewSection>
      <ViewSection {...section('vulnerabilities')}>
        <Details
          items={[
            ['Licht verstandelijke beperking', vulnerabilities.lvb === 'none' ? '' : [lvbLabels[vulnerabilities.lvb], vulnerabilities.lvbNote].filter(Boolean).join(': ')],
            ...vulnerabilityFlags.map(({ key, label }): Detail => [label, yesWith(vulnerabilities[key].present, vulnerabilities[key].note)]),
            ['Overige kwetsbaarheden', vulnerabilities.other],
          ]}
        />
      </ViewSection>
      <ViewSection {...section('medical')}>
        <Details items={[['Medische bijzonderheden', medical.needs]]} emptyText={medical.medications.length ? null : 'Niets ingevuld.'} />
        {medical.medications.length > 0 && (
          <>
            <p className="profile-subheading">Medicatie</p>
            <Entries
              items={medical.medications}
              empty=""
              title={(medication) => [medication.name, medication.dose].filter(Boolean).join(', ')}
              details={(medication) => [['Notitie', medication.note]]}
            />
          </>
        )}
      </ViewSection>
      <ViewSection {...section('description')}>
        <Details
          items={[
            ['Lengte', description.heightCm === null ? '' : `${description.heightCm} cm`],
            ...descriptionTextFields.map(({ key, label }): Detail => [label, description[key]]),
            ['Bril', yesWith(description.glasses)],
            ['Overige kenmerken', description.other],
          ]}
        />
      </ViewSection>
      <ViewSection {...section('marks')}>
        <Entries
          items={profile.marks}
          empty="Geen kenmerken ingevuld."
          title={(mark) => `${markKindLabels[mark.kind]}: ${mark.bodyPart}`}
          details={(mark) => [['Beschrijving', mark.description]]}
        />
      </ViewSection>
      <ViewSection {...section('phones')}>
        <Entries
          items={profile.phones}
          empty="Geen telefoonnummers ingevuld."
          title={(phone) => formatPhoneNumber(phone.number)}
          details={(phone) => [
            [phoneFieldLabels.handset, phone.handset],
            [phoneFieldLabels.provider, phone.provider],
            [phoneFieldLabels.billPayer, phone.billPayer],
            ['Notitie', phone.note],
          ]}
        />
      </ViewSection>
      <ViewSection {...section('socialMedia')}>
        <Entries
          items={profile.socialMedia}
          empty="Geen accounts ingevuld."
          title={(account) => `${account.platform}: ${account.handle}`}
          details={(account) => [['Notitie', account.note]]}
        />
      </ViewSection>
      <ViewSection {...section('belongings')}>
        <Details
          items={[
            ['Identiteitsbewijs', [idDocumentLabels[belongings.idDocument], belongings.idDocumentNote].filter(Boolean).join(': ')],
            ['Bankpassen', belongings.bankCards],
            ['Ov-kaarten en abonnementen', belongings.transportPasses],
          ]}
        />
      </ViewSection>
    </div>
  );
}
