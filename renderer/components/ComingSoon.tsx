import { PageHeading } from './PageHeading';

/** The placeholder for a part of the app that is planned but not built yet. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeading>{title}</PageHeading>
      <div className="empty-state">
        <p className="empty-state-title">Dit onderdeel komt in een volgende versie.</p>
        <p>{description}</p>
      </div>
    </section>
  );
}
