import styles from './service-list.module.css';

interface ServiceItem {
  readonly id: string;
  readonly label: string;
  readonly href?: string;
  readonly description?: string;
}

/** Where to get help: each a tap (a phone number or a web page) with a line on when to use it. */
export function ServiceList({ services }: { services: readonly ServiceItem[] }) {
  return (
    <ul className={styles.list}>
      {services.map((service) => (
        <li className={styles.item} key={service.id} data-service={service.id}>
          {service.href ? (
            <a
              className={styles.link}
              href={service.href}
              {...(service.href.startsWith('https:') ? { rel: 'noreferrer noopener', target: '_blank' } : {})}
            >
              {service.label}
              {service.href.startsWith('https:') && <span className="visually-hidden"> (opens in a new tab)</span>}
            </a>
          ) : (
            <strong className={styles.label}>{service.label}</strong>
          )}
          {service.description && <p className={styles.description}>{service.description}</p>}
        </li>
      ))}
    </ul>
  );
}
