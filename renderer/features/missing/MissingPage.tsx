import { ComingSoon } from '../../components/ComingSoon';

export function MissingPage() {
  return (
    <ComingSoon
      title="Vermissingen"
      description="Hier leg je straks een vermissing vast: wanneer en waar de jongere het laatst is gezien, de urgentiecriteria voor de politie en een vooraf ingevuld vermissingsdossier om af te drukken. Na terugkeer volgen de afmelding bij de politie en het terugkeergesprek."
    />
  );
}
