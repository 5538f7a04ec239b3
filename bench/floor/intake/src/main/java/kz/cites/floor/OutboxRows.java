package kz.cites.floor;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRows extends JpaRepository<OutboxRow, UUID> {}
